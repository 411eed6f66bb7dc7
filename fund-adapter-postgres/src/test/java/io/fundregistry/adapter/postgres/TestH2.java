package io.fundregistry.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** Gives each test class an embedded H2 database in a folder of its own, deleted when the class is done. */
final class TestH2 {

    // Generous, so that a busy build machine never turns a slow test into an unavailable store.
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private TestH2() {}

    static TestDatabase createDatabase() {
        try {
            Path folder = Files.createTempDirectory("fund-h2-test-");
            DatabaseSettings settings = DatabaseSettings.embedded(folder).withConnectionTimeout(CONNECTION_TIMEOUT);
            return new FolderDatabase(folder, settings);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private record FolderDatabase(Path folder, DatabaseSettings settings) implements TestDatabase {

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
