package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseSettingsTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    void builds_a_postgres_url_with_a_one_second_connection_timeout() {
        DatabaseSettings settings = DatabaseSettings.postgres("db.internal", 5433, "funds", "app", "secret", 1, 5);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/funds");
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.minPoolSize()).isEqualTo(1);
        assertThat(settings.maxPoolSize()).isEqualTo(5);
        assertThat(settings.connectionTimeout()).isEqualTo(ONE_SECOND);
        assertThat(settings.vendor()).isEqualTo(Vendor.POSTGRESQL);
    }

    @Test
    void puts_an_ipv6_host_in_brackets() {
        DatabaseSettings settings = DatabaseSettings.postgres("::1", 5432, "funds", "app", "", 1, 5);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/funds");
    }

    @Test
    void keeps_an_embedded_database_in_the_data_folder_in_postgresql_mode() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("data"));

        String folder = Path.of("data").toAbsolutePath().toString();
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + folder).contains(";MODE=PostgreSQL;");
        assertThat(settings.vendor()).isEqualTo(Vendor.H2);
        assertThat(settings.connectionTimeout()).isEqualTo(ONE_SECOND);
    }

    @Test
    void changes_only_the_connection_timeout() {
        DatabaseSettings settings = DatabaseSettings.postgres("localhost", 5432, "funds", "app", "secret", 1, 5);

        DatabaseSettings patient = settings.withConnectionTimeout(Duration.ofSeconds(3));

        assertThat(patient.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(patient.withConnectionTimeout(ONE_SECOND)).isEqualTo(settings);
    }

    @Test
    void describes_itself_without_the_password() {
        DatabaseSettings settings = DatabaseSettings.postgres("localhost", 5432, "funds", "app", "s3cr3t", 1, 5);

        assertThat(settings.describe())
                .isEqualTo("jdbc:postgresql://localhost:5432/funds as app, pool 1..5, connection timeout 1000 ms");
        assertThat(settings.toString()).isEqualTo(settings.describe());
    }

    @Test
    void masks_a_password_written_into_the_url() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://localhost/funds?user=app&password=s3cr3t&ssl=true", "app", "", 1, 5, ONE_SECOND);

        assertThat(settings.describe())
                .doesNotContain("s3cr3t")
                .startsWith("jdbc:postgresql://localhost/funds?user=app&password=***&ssl=true");
    }

    @ParameterizedTest(name = "{0}..{1} is accepted, {2}..{3} is refused")
    @CsvSource({"0, 1, -1, 1", "1, 1, 0, 0", "5, 5, 5, 4", "1, 100, 2, 1"})
    void accepts_pool_sizes_that_fit_and_refuses_those_that_do_not(int min, int max, int badMin, int badMax) {
        assertThatCode(() -> new DatabaseSettings("jdbc:h2:mem:funds", "sa", "", min, max, ONE_SECOND))
                .doesNotThrowAnyException();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:funds", "sa", "", badMin, badMax, ONE_SECOND));
    }

    @ParameterizedTest(name = "{0} ms is accepted, {1} ms is refused")
    @CsvSource({"250, 249", "1000, 0"})
    void accepts_a_connection_timeout_of_at_least_a_quarter_second(long good, long bad) {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("data"));

        assertThatCode(() -> settings.withConnectionTimeout(Duration.ofMillis(good)))
                .doesNotThrowAnyException();
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withConnectionTimeout(Duration.ofMillis(bad)));
    }

    @ParameterizedTest(name = "{0} is accepted, {1} is refused")
    @CsvSource({"jdbc:postgresql://localhost/funds, jdbc:mysql://localhost/funds", "jdbc:h2:mem:funds, h2:mem:funds"})
    void accepts_postgresql_and_h2_urls_only(String good, String bad) {
        assertThatCode(() -> new DatabaseSettings(good, "sa", "", 1, 5, ONE_SECOND))
                .doesNotThrowAnyException();
        assertThatIllegalArgumentException().isThrownBy(() -> new DatabaseSettings(bad, "sa", "", 1, 5, ONE_SECOND));
    }

    @ParameterizedTest(name = "port {0} is accepted, port {1} is refused")
    @CsvSource({"1, 0", "65535, 65536"})
    void accepts_tcp_ports_only(int good, int bad) {
        assertThatCode(() -> DatabaseSettings.postgres("localhost", good, "funds", "app", "", 1, 5))
                .doesNotThrowAnyException();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DatabaseSettings.postgres("localhost", bad, "funds", "app", "", 1, 5));
    }

    @Test
    void refuses_a_data_folder_that_would_end_the_url() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseSettings.embedded(Path.of("data;MODE=MySQL")));
    }
}
