package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDatabaseCreatorIT {

    @Test
    void creates_a_missing_database_whose_name_needs_quoting_and_leaves_it_alone_after() {
        try (TestDatabase created = TestPostgres.createDatabase("fund_test_Mixed-Case_");
                FundDatabase database = FundDatabase.open(created.settings())) {

            assertThat(database.isReachable()).isTrue();
            assertThatCode(() -> PostgresDatabaseCreator.ensureExists(created.settings()))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void leaves_an_embedded_database_to_h2(@TempDir Path folder) throws IOException {
        PostgresDatabaseCreator.ensureExists(DatabaseSettings.embedded(folder));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
