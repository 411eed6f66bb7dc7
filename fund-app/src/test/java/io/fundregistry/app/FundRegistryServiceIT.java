package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, started as an operator would, on each store it offers. */
class FundRegistryServiceIT {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path workDir;

    @Test
    void serves_funds_from_the_embedded_store_and_keeps_them_across_restarts() {
        Map<String, String> embedded =
                Map.of("FUND_DATA_DIR", workDir.resolve("data").toString());

        try (ServiceProcess service = ServiceProcess.startReady(workDir, embedded)) {
            assertServesTheWholeContract(service);
            assertThat(service.terminate(EXIT_TIMEOUT)).isZero();
        }

        try (ServiceProcess restarted = ServiceProcess.startReady(workDir, embedded)) {
            assertThat(restarted.get("/v1.0/funds/alpha-growth").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void creates_its_postgres_database_when_missing_and_keeps_funds_across_restarts() throws Exception {
        LocalPostgres postgres = LocalPostgres.find();
        String database = LocalPostgres.uniqueDatabaseName();
        try {
            try (ServiceProcess service = ServiceProcess.startReady(workDir, postgres.serviceVariables(database))) {
                assertThat(postgres.databaseExists(database)).isTrue();
                assertServesTheWholeContract(service);
                assertThat(service.terminate(EXIT_TIMEOUT)).isZero();
            }

            try (ServiceProcess restarted = ServiceProcess.startReady(workDir, postgres.serviceVariables(database))) {
                assertThat(restarted.get("/v1.0/funds/alpha-growth").statusCode())
                        .isEqualTo(200);
            }
        } finally {
            postgres.dropDatabase(database);
        }
    }

    @Test
    void starts_with_no_configuration_at_all_on_the_embedded_store_in_its_data_folder() {
        try (ServiceProcess service = ServiceProcess.startReady(workDir, Map.of())) {
            assertThat(service.postJson("/v1.0/funds", fundJson("defaults")).statusCode())
                    .isEqualTo(201);

            assertThat(workDir.resolve("data")).isDirectory();
            assertThat(service.outputLines())
                    .anySatisfy(line -> assertThat(line)
                            .contains("ready in")
                            .contains("store embedded")
                            .contains("listening on http://127.0.0.1:" + service.port()));
        }
    }

    @Test
    void logs_one_json_object_per_line_when_asked() {
        Map<String, String> json = Map.of("FUND_STORE", "memory", "LOG_FORMAT", "json");

        try (ServiceProcess service = ServiceProcess.startReady(workDir, json)) {
            service.get("/v1.0/funds");
            assertThat(service.terminate(EXIT_TIMEOUT)).isZero();

            assertThat(service.outputLines())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
            assertThat(service.output()).contains("requestId");
        }
    }

    private static void assertServesTheWholeContract(ServiceProcess service) {
        HttpResponse<String> created = service.postJson("/v1.0/funds", fundJson("alpha-growth"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"targetRaise\":1500000.50", "\"currentNav\":1.2345");

        HttpResponse<String> read = service.get("/v1.0/funds/alpha-growth");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"slug\":\"alpha-growth\"");

        HttpResponse<String> listed = service.get("/v1.0/funds?limit=10&search=ALPHA");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("alpha-growth");

        HttpResponse<String> exported = service.get("/v1.0/funds/export");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(exported.body().lines()).hasSize(2);

        HttpResponse<String> duplicate = service.postJson("/v1.0/funds", fundJson("alpha-growth"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(service.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(service.get("/health/live").statusCode()).isEqualTo(200);
    }

    static String fundJson(String slug) {
        return """
                {"name": "Alpha Growth", "slug": "%s", "targetRaise": 1500000.50, "capacityLimit": 2000000,
                 "currentNav": 1.2345, "totalShares": 1000, "status": "open"}""".formatted(slug);
    }
}
