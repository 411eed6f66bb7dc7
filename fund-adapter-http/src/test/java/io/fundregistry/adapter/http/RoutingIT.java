package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingIT {

    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.client;
        client.postJson("/v1.0/funds", FundPayload.aFund().json());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> served_routes() {
        return Stream.of(
                Arguments.of("GET", "/v1.0/funds", 200),
                Arguments.of("GET", "/v1.0/funds/export", 200),
                Arguments.of("GET", "/v1.0/funds/alpha", 200),
                Arguments.of("GET", "/openapi.json", 200),
                Arguments.of("GET", "/health/live", 200),
                Arguments.of("GET", "/health/ready", 200));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("served_routes")
    void serves_every_route_of_the_table(String method, String path, int status) {
        Answer answer = client.send(method, path, null);

        assertThat(answer.status()).isEqualTo(status);
    }

    static Stream<Arguments> allowed_methods() {
        return Stream.of(
                Arguments.of("/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("/v1.0/funds/export", "GET, OPTIONS"),
                Arguments.of("/v1.0/funds/alpha", "GET, OPTIONS"),
                Arguments.of("/openapi.json", "GET, OPTIONS"),
                Arguments.of("/health/live", "GET, OPTIONS"),
                Arguments.of("/health/ready", "GET, OPTIONS"));
    }

    @ParameterizedTest(name = "OPTIONS {0}")
    @MethodSource("allowed_methods")
    void answers_options_with_exactly_the_methods_of_the_path(String path, String allowed) {
        Answer answer = client.send("OPTIONS", path, null);

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.header("Allow")).isEqualTo(allowed);
        assertThat(answer.body()).isEmpty();
    }

    static Stream<Arguments> refused_methods() {
        return Stream.of(
                Arguments.of("PUT", "/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("DELETE", "/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("PATCH", "/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("HEAD", "/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("FOO", "/v1.0/funds", "GET, POST, OPTIONS"),
                Arguments.of("POST", "/v1.0/funds/export", "GET, OPTIONS"),
                Arguments.of("DELETE", "/v1.0/funds/export", "GET, OPTIONS"),
                Arguments.of("POST", "/v1.0/funds/alpha", "GET, OPTIONS"),
                Arguments.of("PUT", "/v1.0/funds/alpha", "GET, OPTIONS"),
                Arguments.of("DELETE", "/v1.0/funds/alpha", "GET, OPTIONS"),
                Arguments.of("POST", "/openapi.json", "GET, OPTIONS"),
                Arguments.of("POST", "/health/live", "GET, OPTIONS"),
                Arguments.of("PUT", "/health/ready", "GET, OPTIONS"),
                Arguments.of("TRACE", "/health/ready", "GET, OPTIONS"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused_methods")
    void refuses_a_method_the_path_does_not_serve_with_405_and_allow(String method, String path, String allowed) {
        Answer answer = client.send(method, path, null);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo(allowed);
        if (!method.equals("HEAD")) {
            assertThat(answer.json().path("error").asText()).isEqualTo("Method not allowed.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nothing", "/v1.0", "/v2.0/funds", "/v1.0/funds/alpha/extra", "/V1.0/FUNDS"})
    void answers_404_json_for_an_unknown_path(String path) {
        Answer answer = client.get(path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().path("error").asText()).isEqualTo("Not found.");
    }

    @Test
    void answers_404_json_for_any_method_on_an_unknown_path() {
        Answer answer = client.send("DELETE", "/nothing", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("Not found.");
    }

    @Test
    void ignores_a_trailing_slash() {
        assertThat(client.get("/v1.0/funds/").status()).isEqualTo(200);
        assertThat(client.get("/v1.0/funds/alpha/").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /v1.0/funds/%zz HTTP/1.1",
                "GET /v1.0/funds/a%2Fb HTTP/1.1",
                "GET /v1.0/funds/%2e%2e/x HTTP/1.1",
                "GET /v1.0/funds/a%00b HTTP/1.1",
                "NOT A REQUEST LINE",
                "GET /v1.0/funds HTTP/9.9"
            })
    void answers_a_malformed_request_with_a_json_error(String requestLine) {
        String answer =
                RawHttp.exchange(server.port(), requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(answer)).isBetween(400, 599);
        assertThat(RawHttp.header(answer, "Content-Type")).startsWith("application/json");
        assertThat(RawHttp.header(answer, "X-Request-ID")).isNotBlank();
        assertThat(RawHttp.body(answer)).startsWith("{\"error\":").doesNotContain("Exception", "<html");
    }

    @Test
    void answers_headers_that_are_too_large_with_a_json_error() {
        String answer = RawHttp.exchange(
                server.port(),
                "GET /v1.0/funds HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n");

        assertThat(RawHttp.status(answer)).isEqualTo(431);
        assertThat(RawHttp.body(answer)).isEqualTo("{\"error\":\"Request headers are too large.\"}");
    }
}
