package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresUrlTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://localhost:5432/funds|jdbc:postgresql://localhost:5432/postgres",
                "jdbc:postgresql://localhost/funds?ssl=true&user=app"
                        + "|jdbc:postgresql://localhost/postgres?ssl=true&user=app",
                "jdbc:postgresql://a:5432,b:5433/funds?targetServerType=primary"
                        + "|jdbc:postgresql://a:5432,b:5433/postgres?targetServerType=primary",
                "jdbc:postgresql://[::1]:5432/funds|jdbc:postgresql://[::1]:5432/postgres",
                "jdbc:postgresql://localhost:5432|jdbc:postgresql://localhost:5432/postgres",
                "jdbc:postgresql:funds|jdbc:postgresql:postgres"
            })
    void names_another_database_on_the_same_server(String url, String expected) {
        assertThat(PostgresUrl.withDatabase(url, "postgres")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://localhost:5432/funds, funds",
        "jdbc:postgresql://localhost/fund%20registry?ssl=true, fund registry",
        "jdbc:postgresql:funds, funds"
    })
    void reads_the_database_name(String url, String expected) {
        assertThat(PostgresUrl.databaseName(url)).contains(expected);
    }

    @Test
    void reads_no_database_name_where_the_url_names_none() {
        assertThat(PostgresUrl.databaseName("jdbc:postgresql://localhost:5432/"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"funds|\"funds\"", "Fund-Test|\"Fund-Test\"", "odd\"name|\"odd\"\"name\""})
    void quotes_a_name_as_an_identifier(String name, String quoted) {
        assertThat(PostgresUrl.quotedIdentifier(name)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @CsvSource({"fund registry, fund+registry", "fonds-é, fonds-%C3%A9"})
    void encodes_the_database_name_in_the_url(String name, String encoded) {
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://localhost/x", name))
                .isEqualTo("jdbc:postgresql://localhost/" + encoded);
        assertThat(PostgresUrl.databaseName("jdbc:postgresql://localhost/" + encoded))
                .contains(name);
    }
}
