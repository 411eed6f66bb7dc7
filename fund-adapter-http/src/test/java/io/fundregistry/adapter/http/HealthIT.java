package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void answers_live_while_the_process_serves() {
        try (TestServer server = TestServer.start()) {
            Answer answer = server.client.get("/health/live");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"status\":\"up\"}");
        }
    }

    @Test
    void answers_ready_only_while_the_store_can_serve() {
        AtomicBoolean storeUp = new AtomicBoolean(true);
        try (TestServer server = TestServer.start(settings -> settings, useCases -> useCases, storeUp::get)) {
            Answer ready = server.client.get("/health/ready");
            storeUp.set(false);
            Answer notReady = server.client.get("/health/ready");

            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"ready\"}");
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.body())
                    .isEqualTo("{\"status\":\"unavailable\","
                            + "\"error\":\"The fund store is unavailable; try again shortly.\"}");
        }
    }

    @Test
    void answers_not_ready_when_the_check_itself_fails() {
        ReadinessCheck broken = () -> {
            throw new IllegalStateException("pool closed");
        };
        try (TestServer server = TestServer.start(settings -> settings, useCases -> useCases, broken)) {
            Answer answer = server.client.get("/health/ready");

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().path("status").asText()).isEqualTo("unavailable");
            assertThat(answer.json().path("error").asText())
                    .isEqualTo("The fund store is unavailable; try again shortly.");
        }
    }
}
