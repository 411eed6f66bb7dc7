package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogIT {

    @Test
    void writes_one_line_per_request_with_method_path_status_duration_and_id() {
        try (TestServer server = TestServer.start();
                LogCapture logs = LogCapture.start()) {
            server.client.get("/v1.0/funds?limit=5", "X-Request-ID", "access-1");

            List<ILoggingEvent> lines = linesFor(logs, "access-1");
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.INFO);
                assertThat(line.getFormattedMessage()).matches("GET /v1.0/funds\\?limit 200 \\d+ms id=access-1");
            });
        }
    }

    @Test
    void never_logs_query_values_or_bodies() {
        try (TestServer server = TestServer.start();
                LogCapture logs = LogCapture.start()) {
            server.client.get("/v1.0/funds?search=secret-value", "X-Request-ID", "access-2");
            server.client.postJson(
                    "/v1.0/funds",
                    FundPayload.aFund().withText("name", "Private Name").json(),
                    "X-Request-ID",
                    "access-3");

            assertThat(linesFor(logs, "access-2"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.getFormattedMessage())
                            .contains("?search")
                            .doesNotContain("secret-value"));
            assertThat(logs.events())
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains("secret-value") || message.contains("Private Name"));
        }
    }

    @Test
    void logs_refusals_the_router_never_saw() {
        try (TestServer server = TestServer.start();
                LogCapture logs = LogCapture.start()) {
            RawHttp.exchange(server.port(), "GET /v1.0/funds/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            Eventually.holds(
                    "the refusal is logged",
                    () -> logs.eventsOf(AccessLog.LOGGER).stream()
                            .anyMatch(line -> line.getFormattedMessage().contains(" 400 ")));
        }
    }

    private static List<ILoggingEvent> linesFor(LogCapture logs, String requestId) {
        Eventually.holds(
                "the access line is written",
                () -> !accessLines(logs, requestId).isEmpty());
        return accessLines(logs, requestId);
    }

    private static List<ILoggingEvent> accessLines(LogCapture logs, String requestId) {
        return logs.eventsOf(AccessLog.LOGGER).stream()
                .filter(line -> requestId.equals(line.getMDCPropertyMap().get(RequestIds.MDC_KEY)))
                .toList();
    }
}
