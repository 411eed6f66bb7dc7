package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A configuration the service cannot use stops it at once, with one line that says what to fix. */
class StartupFailureIT {

    @TempDir
    Path workDir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PORT | abc | PORT must be a whole number from 1 to 65535, not \"abc\".",
                "DB_MIN_CONNECTIONS | 9 | DB_MIN_CONNECTIONS must not be above DB_MAX_CONNECTIONS (9 > 5).",
                "FUND_STORE | mongo | FUND_STORE must be one of embedded, postgres, memory, not \"mongo\".",
                "DB_MAX_CONNECTIONS | 1 | DB_MAX_CONNECTIONS must be a whole number from 2 to 1000 with"
                        + " FUND_STORE=embedded (exports may never hold the last connection), not \"1\".",
                "HOST | not a host! | HOST must be an IP address or a host name of letters, digits, dots and hyphens,"
                        + " not \"not a host!\"."
            })
    void stops_with_one_line_naming_the_variable(String name, String value, String problem) {
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of(name, value))) {
            int status = service.awaitExit(Duration.ofSeconds(30));

            assertThat(status).isEqualTo(FundRegistryApplication.BAD_CONFIGURATION);
            assertThat(service.outputLines()).containsExactly("Configuration error: " + problem);
        }
    }
}
