package io.fundregistry.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Gives each test class an embedded H2 database in a folder of its own, deleted when the class is done. */
final class TestH2 {

    private TestH2() {}

    static TestDatabase createDatabase() {
        try {
            Path folder = Files.createTempDirectory("fund-h2-test-");
            return new FolderDatabase(folder, DatabaseSettings.embedded(folder));
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
