package io.fundregistry.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceConfigReaderTest {

    @Test
    void uses_the_reference_defaults_when_nothing_is_set() {
        ServiceConfig config = read(Map.of());

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.store()).isEqualTo(StoreKind.EMBEDDED);
        assertThat(config.database())
                .isEqualTo(new DatabaseConfig(
                        "localhost",
                        5432,
                        "torque_practical_example",
                        "postgres",
                        "postgres",
                        1,
                        5,
                        Duration.ofSeconds(1)));
        assertThat(config.migrateOnStart()).isTrue();
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.corsOrigins()).containsExactly("*");
        assertThat(config.maxConcurrentExports()).isEqualTo(2);
        assertThat(config.readinessDelay()).isZero();
    }

    @Test
    void reads_every_variable() {
        Map<String, String> env = new HashMap<>();
        env.put("HOST", "127.0.0.1");
        env.put("PORT", "9090");
        env.put("FUND_STORE", "POSTGRES");
        env.put("DB_HOST", "db");
        env.put("DB_PORT", "6543");
        env.put("DB_DATABASE", "funds");
        env.put("DB_USER", "app");
        env.put("DB_PASSWORD", "s3cret");
        env.put("DB_MIN_CONNECTIONS", "2");
        env.put("DB_MAX_CONNECTIONS", "20");
        env.put("LOG_FORMAT", "json");
        env.put("LOG_LEVEL", "debug");
        env.put("CORS_ORIGINS", "https://a.example, https://b.example");
        env.put("MAX_CONCURRENT_EXPORTS", "5");
        env.put("FUND_MIGRATE", "false");
        env.put("SHUTDOWN_READINESS_DELAY_SECONDS", "15");

        ServiceConfig config = read(env);

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.store()).isEqualTo(StoreKind.POSTGRES);
        assertThat(config.database().maxConnections()).isEqualTo(20);
        assertThat(config.database().password()).isEqualTo("s3cret");
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.logLevel()).isEqualTo("DEBUG");
        assertThat(config.corsOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(config.maxConcurrentExports()).isEqualTo(5);
        assertThat(config.migrateOnStart()).isFalse();
        assertThat(config.readinessDelay()).isEqualTo(Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PORT | abc | PORT must be a whole number from 1 to 65535, not \"abc\".",
                "PORT | 70000 | PORT must be a whole number from 1 to 65535, not \"70000\".",
                "DB_PORT | 0 | DB_PORT must be a whole number from 1 to 65535, not \"0\".",
                "FUND_STORE | mongo | FUND_STORE must be one of embedded, postgres, memory, not \"mongo\".",
                "LOG_FORMAT | xml | LOG_FORMAT must be one of text, json, not \"xml\".",
                "FUND_MIGRATE | yes | FUND_MIGRATE must be one of true, false, not \"yes\".",
                "MAX_CONCURRENT_EXPORTS | 5 | MAX_CONCURRENT_EXPORTS must be a whole number from 1 to 4 (below"
                        + " DB_MAX_CONNECTIONS), not \"5\".",
                "SHUTDOWN_READINESS_DELAY_SECONDS | -1 | SHUTDOWN_READINESS_DELAY_SECONDS must be a whole number from 0"
                        + " to 600, not \"-1\".",
                "SHUTDOWN_READINESS_DELAY_SECONDS | 601 | SHUTDOWN_READINESS_DELAY_SECONDS must be a whole number from 0"
                        + " to 600, not \"601\".",
                "HOST | not a host! | HOST must be an IP address or a host name of letters, digits, dots and hyphens,"
                        + " not \"not a host!\"."
            })
    void stops_on_a_bad_value_naming_the_variable(String name, String value, String message) {
        assertThatThrownBy(() -> read(Map.of(name, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 600})
    void accepts_a_readiness_delay_at_either_end_of_its_range(int seconds) {
        ServiceConfig config = read(Map.of("SHUTDOWN_READINESS_DELAY_SECONDS", String.valueOf(seconds)));

        assertThat(config.readinessDelay()).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // pool | default cap | highest cap
                "2      | 1           | 1",
                "3      | 2           | 2",
                "5      | 2           | 4",
                "20     | 2           | 19"
            })
    void caps_exports_below_the_pool_of_a_database_store(int pool, int defaultCap, int highestCap) {
        Map<String, String> env = Map.of("DB_MAX_CONNECTIONS", String.valueOf(pool));

        int byDefault = read(env).maxConcurrentExports();
        int highest = read(with(env, "MAX_CONCURRENT_EXPORTS", String.valueOf(highestCap)))
                .maxConcurrentExports();

        assertThat(byDefault).isEqualTo(defaultCap);
        assertThat(highest).isEqualTo(highestCap);
        assertThatThrownBy(() -> read(with(env, "MAX_CONCURRENT_EXPORTS", String.valueOf(pool))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("MAX_CONCURRENT_EXPORTS must be a whole number from 1 to " + highestCap
                        + " (below DB_MAX_CONNECTIONS), not \"" + pool + "\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgres"})
    void refuses_a_pool_of_one_connection_for_a_database_store(String store) {
        Map<String, String> env = Map.of("FUND_STORE", store, "DB_MAX_CONNECTIONS", "1");

        assertThatThrownBy(() -> read(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("DB_MAX_CONNECTIONS must be a whole number from 2 to 1000 with FUND_STORE=" + store
                        + " (exports may never hold the last connection), not \"1\".");
    }

    @Test
    void accepts_a_pool_of_one_connection_for_the_memory_store_which_uses_none() {
        ServiceConfig config = read(Map.of("FUND_STORE", "memory", "DB_MAX_CONNECTIONS", "1"));

        assertThat(config.database().maxConnections()).isEqualTo(1);
        assertThat(config.maxConcurrentExports()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "127.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "2001:db8::8a2e:370:7334",
                "localhost",
                "funds-1.internal.example",
                "A1"
            })
    void accepts_a_host_that_is_an_ip_address_or_a_host_name(String host) {
        assertThat(read(Map.of("HOST", host)).host()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a host!",
                "256.0.0.1",
                "127.0.0",
                "1.2.3.4.5",
                "gg::1",
                "1:2:3",
                ".::1",
                "[::1]",
                "-funds.example",
                "funds-.example",
                "funds..example",
                "funds.example.",
                "under_score",
                "http://funds.example"
            })
    void refuses_a_host_that_is_neither_an_ip_address_nor_a_host_name(String host) {
        assertThatThrownBy(() -> read(Map.of("HOST", host)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HOST must be an IP address or a host name of letters, digits, dots and hyphens, not \""
                        + host + "\".");
    }

    @Test
    void refuses_a_minimum_pool_above_the_maximum() {
        assertThatThrownBy(() -> read(Map.of("DB_MIN_CONNECTIONS", "9", "DB_MAX_CONNECTIONS", "3")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("DB_MIN_CONNECTIONS must not be above DB_MAX_CONNECTIONS (9 > 3).");
    }

    @Test
    void never_repeats_the_password() {
        ServiceConfig config = read(Map.of("DB_PASSWORD", "hunter2"));

        assertThat(config.database().toString()).doesNotContain("hunter2");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void lets_real_variables_win_over_the_dot_env_file() {
        Environment environment = Environment.of(Map.of("PORT", "7000", "HOST", "10.0.0.1"), Map.of("PORT", "7001"));

        ServiceConfig config = new ServiceConfigReader(environment).read();

        assertThat(config.port()).isEqualTo(7001);
        assertThat(config.host()).isEqualTo("10.0.0.1");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> more = new HashMap<>(env);
        more.put(name, value);
        return more;
    }

    private static ServiceConfig read(Map<String, String> env) {
        return new ServiceConfigReader(Environment.of(Map.of(), env)).read();
    }
}
