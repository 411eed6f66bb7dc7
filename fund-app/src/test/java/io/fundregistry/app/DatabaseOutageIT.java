package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on PostgreSQL while the database goes away and comes back, through a proxy the test controls. */
class DatabaseOutageIT {

    @TempDir
    Path workDir;

    @Test
    void answers_503_while_the_database_is_away_and_recovers_by_itself() throws Exception {
        LocalPostgres postgres = LocalPostgres.find();
        String database = LocalPostgres.uniqueDatabaseName();
        try (TcpProxy proxy = TcpProxy.forwardingTo(postgres.host(), postgres.port())) {
            Map<String, String> variables = new HashMap<>(postgres.serviceVariables(database));
            variables.put("DB_HOST", "127.0.0.1");
            variables.put("DB_PORT", Integer.toString(proxy.port()));

            try (ServiceProcess service = ServiceProcess.startReady(workDir, variables)) {
                assertThat(service.postJson("/v1.0/funds", FundRegistryServiceIT.fundJson("steady"))
                                .statusCode())
                        .isEqualTo(201);

                proxy.cut();

                Instant asked = Instant.now();
                HttpResponse<String> during = service.get("/v1.0/funds/steady");
                Duration waited = Duration.between(asked, Instant.now());
                assertThat(during.statusCode()).isEqualTo(503);
                assertThat(during.headers().firstValue("Retry-After")).isPresent();
                assertThat(during.body()).contains("\"error\"");
                assertThat(waited).isLessThan(Duration.ofSeconds(2));
                assertThat(service.get("/health/ready").statusCode()).isEqualTo(503);

                asked = Instant.now();
                HttpResponse<String> createDuring =
                        service.postJson("/v1.0/funds", FundRegistryServiceIT.fundJson("during-outage"));
                waited = Duration.between(asked, Instant.now());
                assertThat(createDuring.statusCode()).isEqualTo(503);
                assertThat(createDuring.headers().firstValue("Retry-After")).isPresent();
                assertThat(waited).isLessThan(Duration.ofSeconds(2));

                proxy.restore();

                assertThat(awaitStatus(service, "/v1.0/funds/steady", 200, Duration.ofSeconds(5)))
                        .isEqualTo(200);
                assertThat(service.get("/health/ready").statusCode()).isEqualTo(200);
                // The refused create stored nothing, so the same fund can be created now.
                assertThat(service.get("/v1.0/funds/during-outage").statusCode())
                        .isEqualTo(404);
                assertThat(service.postJson("/v1.0/funds", FundRegistryServiceIT.fundJson("during-outage"))
                                .statusCode())
                        .isEqualTo(201);
            }
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static int awaitStatus(ServiceProcess service, String path, int wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = service.get(path).statusCode();
            if (last == wanted) {
                return last;
            }
            ServiceProcess.pause();
        }
        return last;
    }
}
