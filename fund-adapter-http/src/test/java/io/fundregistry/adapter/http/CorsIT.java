package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsIT {

    private static final String APP = "https://app.example";

    @Test
    void answers_a_preflight_from_the_route_table() {
        try (TestServer server = TestServer.start()) {
            Answer answer = server.client.send(
                    "OPTIONS",
                    "/v1.0/funds",
                    null,
                    "Origin",
                    APP,
                    "Access-Control-Request-Method",
                    "POST",
                    "Access-Control-Request-Headers",
                    "content-type");

            assertThat(answer.status()).isEqualTo(204);
            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, OPTIONS");
            assertThat(answer.header("Access-Control-Allow-Headers")).isEqualTo("Content-Type, X-Request-ID");
            assertThat(answer.header("Access-Control-Max-Age")).isEqualTo("600");
        }
    }

    @Test
    void lets_a_browser_read_the_request_id() {
        try (TestServer server = TestServer.start()) {
            Answer answer = server.client.get("/v1.0/funds", "Origin", APP);

            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo("X-Request-ID");
        }
    }

    @Test
    void echoes_a_listed_origin_and_says_the_answer_varies_by_origin() {
        try (TestServer server = TestServer.start(settings -> settings.withCorsOrigins(List.of(APP)))) {
            Answer answer = server.client.get("/v1.0/funds", "Origin", APP);
            Answer error = server.client.get("/nothing", "Origin", APP);

            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(APP);
            assertThat(answer.header("Vary")).contains("Origin");
            assertThat(error.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        }
    }

    @Test
    void grants_nothing_to_an_origin_not_listed() {
        try (TestServer server = TestServer.start(settings -> settings.withCorsOrigins(List.of(APP)))) {
            Answer preflight = server.client.send(
                    "OPTIONS",
                    "/v1.0/funds",
                    null,
                    "Origin",
                    "https://evil.example",
                    "Access-Control-Request-Method",
                    "POST");

            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
            assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
            assertThat(preflight.header("Allow")).isEqualTo("GET, POST, OPTIONS");
        }
    }

    @Test
    void adds_no_cors_headers_without_an_origin() {
        try (TestServer server = TestServer.start()) {
            Answer answer = server.client.get("/v1.0/funds");

            assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
