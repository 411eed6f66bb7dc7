package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.fundregistry.domain.port.in.CreateFundUseCase;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import io.fundregistry.domain.port.in.GetFundUseCase;
import io.fundregistry.domain.port.in.ListFundsUseCase;
import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreFailureIT {

    static Stream<Arguments> every_store_backed_route() {
        return Stream.of(
                Arguments.of("GET", "/v1.0/funds", null),
                Arguments.of("GET", "/v1.0/funds/alpha", null),
                Arguments.of("GET", "/v1.0/funds/export", null),
                Arguments.of("POST", "/v1.0/funds", FundPayload.aFund().json()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("every_store_backed_route")
    void answers_503_with_retry_after_when_the_store_is_unavailable(String method, String path, String body) {
        try (TestServer server = failingWith(
                () -> new FundStoreUnavailableException("No connection within 5 s.", new SQLException("refused")))) {
            Answer answer = send(server, method, path, body, "unavailable");

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.json().path("error").asText())
                    .isEqualTo("The fund store is unavailable; try again shortly.");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("every_store_backed_route")
    void answers_500_with_the_request_id_and_logs_the_failure_once(String method, String path, String body) {
        try (TestServer server = failingWith(() -> new FundStoreException(
                        "Reading funds failed: relation \"funds\" does not exist",
                        new SQLException("SELECT * FROM x")));
                LogCapture logs = LogCapture.start()) {
            Answer answer = send(server, method, path, body, "broken-store");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body())
                    .isEqualTo("{\"error\":\"Internal server error.\",\"requestId\":\"broken-store\"}");
            List<ILoggingEvent> failures = logs.eventsWithRequestId("broken-store").stream()
                    .filter(event -> event.getThrowableProxy() != null)
                    .toList();
            assertThat(failures).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getThrowableProxy().getClassName()).isEqualTo(FundStoreException.class.getName());
                assertThat(event.getThrowableProxy().getStackTraceElementProxyArray())
                        .isNotEmpty();
            });
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("every_store_backed_route")
    void answers_500_for_a_bug_as_for_a_store_failure(String method, String path, String body) {
        try (TestServer server = failingWith(() -> new NullPointerException("fund.details() was null"))) {
            Answer answer = send(server, method, path, body, "a-bug");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.json().path("requestId").asText()).isEqualTo("a-bug");
        }
    }

    private static Answer send(TestServer server, String method, String path, String body, String requestId) {
        if (body != null) {
            return server.client.postJson(path, body, "X-Request-ID", requestId);
        }
        return server.client.send(method, path, null, "X-Request-ID", requestId);
    }

    private static TestServer failingWith(Supplier<RuntimeException> failure) {
        CreateFundUseCase create = (tenant, command) -> {
            throw failure.get();
        };
        GetFundUseCase get = (tenant, slug) -> {
            throw failure.get();
        };
        ListFundsUseCase list = (tenant, filter, limit) -> {
            throw failure.get();
        };
        ExportFundsUseCase export = (tenant, filter) -> {
            throw failure.get();
        };
        return TestServer.start(
                settings -> settings, useCases -> new FundUseCases(create, get, list, export), () -> true);
    }
}
