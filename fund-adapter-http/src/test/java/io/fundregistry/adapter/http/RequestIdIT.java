package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.port.in.ListFundsUseCase;
import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdIT {

    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.client;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "req-42", "trace.span:7_x", "A1"})
    void echoes_a_sane_request_id(String id) {
        assertThat(client.get("/health/live", "X-Request-ID", id).header("X-Request-ID"))
                .isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "<script>", "quote\"d"})
    void replaces_an_insane_request_id_with_a_new_one(String id) {
        String answered = client.get("/health/live", "X-Request-ID", id).header("X-Request-ID");

        assertThat(answered).isNotEqualTo(id);
        assertThat(UUID.fromString(answered)).isNotNull();
    }

    @Test
    void replaces_a_request_id_longer_than_128_characters() {
        String tooLong = "x".repeat(129);

        assertThat(client.get("/health/live", "X-Request-ID", tooLong).header("X-Request-ID"))
                .isNotEqualTo(tooLong);
        assertThat(client.get("/health/live", "X-Request-ID", "x".repeat(128)).header("X-Request-ID"))
                .isEqualTo("x".repeat(128));
    }

    @Test
    void generates_a_different_id_for_each_request_without_one() {
        String first = client.get("/health/live").header("X-Request-ID");
        String second = client.get("/health/live").header("X-Request-ID");

        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
    }

    @Test
    void carries_the_id_on_error_answers_too() {
        assertThat(client.get("/nothing", "X-Request-ID", "on-404").header("X-Request-ID"))
                .isEqualTo("on-404");
        assertThat(client.send("PUT", "/v1.0/funds", null, "X-Request-ID", "on-405")
                        .header("X-Request-ID"))
                .isEqualTo("on-405");
        assertThat(client.postJson("/v1.0/funds", "{", "X-Request-ID", "on-400").header("X-Request-ID"))
                .isEqualTo("on-400");
    }

    @Test
    void tags_a_failure_logged_while_handling_the_request_with_the_id_the_caller_sent() {
        try (TestServer failing = serverWhoseListFails();
                LogCapture logs = LogCapture.start()) {
            Answer answer = failing.client.get("/v1.0/funds", "X-Request-ID", "caller-7");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(requestIdOfTheLoggedFailure(logs)).isEqualTo("caller-7");
        }
    }

    @Test
    void tags_a_failure_logged_while_handling_the_request_with_the_id_the_server_made() {
        try (TestServer failing = serverWhoseListFails();
                LogCapture logs = LogCapture.start()) {
            Answer answer = failing.client.get("/v1.0/funds");

            String generated = answer.header("X-Request-ID");
            assertThat(UUID.fromString(generated)).isNotNull();
            assertThat(requestIdOfTheLoggedFailure(logs)).isEqualTo(generated);
        }
    }

    // Failures logs on the thread handling the request, before it answers: the line is there once the answer is.
    private static String requestIdOfTheLoggedFailure(LogCapture logs) {
        assertThat(logs.eventsOf(Failures.class.getName())).hasSize(1);
        return logs.eventsOf(Failures.class.getName())
                .get(0)
                .getMDCPropertyMap()
                .get(RequestIds.MDC_KEY);
    }

    private static TestServer serverWhoseListFails() {
        ListFundsUseCase failing = (tenant, filter, limit) -> {
            throw new FundStoreException("Reading funds failed.", new SQLException("connection reset"));
        };
        return TestServer.start(
                settings -> settings,
                useCases -> new FundUseCases(useCases.create(), useCases.get(), failing, useCases.export()),
                () -> true);
    }
}
