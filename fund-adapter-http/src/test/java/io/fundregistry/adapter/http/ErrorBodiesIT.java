package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.port.in.GetFundUseCase;
import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Probes every kind of error answer in one place and checks that none gives away a class name, a stack frame or an
 * exception (every other test checks its own error answers the same way through {@link TestClient}).
 */
class ErrorBodiesIT {

    private static TestServer server;

    @BeforeAll
    static void start_with_a_detail_route_that_breaks() {
        GetFundUseCase broken = (tenant, slug) -> {
            throw new FundStoreException(
                    "Reading io.fundregistry.adapter.postgres.FundTable failed",
                    new SQLException("org.postgresql.util.PSQLException: boom"));
        };
        server = TestServer.start(
                settings -> settings,
                useCases -> new FundUseCases(useCases.create(), broken, useCases.list(), useCases.export()),
                () -> true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> error_paths() {
        return Stream.of(
                Arguments.of("GET", "/nothing", null, null, 404),
                Arguments.of("DELETE", "/v1.0/funds", null, null, 405),
                Arguments.of("GET", "/v1.0/funds?limit=abc", null, null, 400),
                Arguments.of("GET", "/v1.0/funds/export?search=" + "s".repeat(300), null, null, 400),
                Arguments.of("POST", "/v1.0/funds", "application/json", "{", 400),
                Arguments.of("POST", "/v1.0/funds", "application/json", "{\"name\": 1}", 400),
                Arguments.of("POST", "/v1.0/funds", "application/json", "{\"x\": " + "[".repeat(50), 400),
                Arguments.of("POST", "/v1.0/funds", "application/json", "{\"targetRaise\": 1e99999999999}", 400),
                Arguments.of("POST", "/v1.0/funds", "text/plain", "{}", 415),
                Arguments.of("POST", "/v1.0/funds", "application/json", "x".repeat(70_000), 413),
                Arguments.of("GET", "/v1.0/funds/alpha", null, null, 500));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("error_paths")
    void answers_each_error_with_a_sentence_and_nothing_from_inside(
            String method, String path, String contentType, String body, int status) {
        Answer answer = contentType == null
                ? server.client.send(method, path, body)
                : server.client.send(method, path, body, "Content-Type", contentType);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception", "at io.", "org.", "SELECT", "PSQL");
        ErrorBodyGuard.check(answer);
    }
}
