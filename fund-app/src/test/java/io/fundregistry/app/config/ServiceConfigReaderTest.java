package io.fundregistry.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                "MAX_CONCURRENT_EXPORTS | 5 | MAX_CONCURRENT_EXPORTS must be a whole number from 1 to 4, not \"5\"."
            })
    void stops_on_a_bad_value_naming_the_variable(String name, String value, String message) {
        assertThatThrownBy(() -> read(Map.of(name, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
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

    private static ServiceConfig read(Map<String, String> env) {
        return new ServiceConfigReader(Environment.of(Map.of(), env)).read();
    }
}
