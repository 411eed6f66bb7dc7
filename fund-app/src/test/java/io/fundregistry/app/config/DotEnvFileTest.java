package io.fundregistry.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotEnvFileTest {

    private static final Path FILE = Path.of(".env");

    @Test
    void reads_names_and_values_skipping_comments_and_blank_lines() {
        List<String> lines = List.of(
                "# local settings", "", "PORT=9000", "export HOST = 127.0.0.1", "DB_PASSWORD=\"with # hash\"", "A='b'");

        assertThat(DotEnvFile.parse(lines, FILE))
                .containsEntry("PORT", "9000")
                .containsEntry("HOST", "127.0.0.1")
                .containsEntry("DB_PASSWORD", "with # hash")
                .containsEntry("A", "b")
                .hasSize(4);
    }

    @Test
    void refuses_a_line_that_is_not_an_assignment() {
        assertThatThrownBy(() -> DotEnvFile.parse(List.of("PORT=1", "oops"), FILE))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(".env line 2 is not NAME=value.");
    }

    @Test
    void treats_a_missing_file_as_empty() {
        assertThat(DotEnvFile.read(Path.of("does-not-exist", ".env"))).isEmpty();
    }
}
