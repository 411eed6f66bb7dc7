package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.Fund;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownIT {

    private static final int ROWS = 3_000;

    @Test
    void lets_an_export_in_flight_finish_while_refusing_new_requests() throws Exception {
        List<Fund> funds = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            funds.add(Funds.aFund(i));
        }
        ExportDoubles.Blocking slow = new ExportDoubles.Blocking(funds);
        TestServer server = TestServer.start(
                settings -> settings.withDrainTimeout(Duration.ofSeconds(15)),
                useCases -> new FundUseCases(useCases.create(), useCases.get(), useCases.list(), slow),
                () -> true);
        CompletableFuture<HttpResponse<String>> export = server.client
                .http()
                .sendAsync(
                        HttpRequest.newBuilder(server.client.uri("/v1.0/funds/export"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Eventually.holds("the export has started", () -> slow.opened.getCount() == 0);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        Eventually.holds("a new connection is refused", () -> isRefused(server));
        slow.release.countDown();
        HttpResponse<String> served = export.get(20, TimeUnit.SECONDS);
        closing.get(20, TimeUnit.SECONDS);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body().lines())
                .hasSize(ROWS + 1)
                .last()
                .asString()
                .startsWith(funds.get(ROWS - 1).id().toString());
        assertThat(slow.closed.get()).isEqualTo(1);
        assertThat(isRefused(server)).isTrue();
    }

    @Test
    void answers_unready_on_an_open_connection_and_refuses_new_ones_while_a_request_in_flight_drains()
            throws Exception {
        ExportDoubles.Blocking slow = new ExportDoubles.Blocking(List.of(Funds.aFund(1)));
        TestServer server = TestServer.start(
                settings -> settings.withDrainTimeout(Duration.ofSeconds(15)),
                useCases -> new FundUseCases(useCases.create(), useCases.get(), useCases.list(), slow),
                () -> true);
        try (KeepAliveConnection probe = KeepAliveConnection.open(server.port())) {
            Answer before = probe.get("/health/ready");
            CompletableFuture<HttpResponse<String>> export = startExport(server);
            Eventually.holds("the export has started", () -> slow.opened.getCount() == 0);

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            List<Answer> unready = new ArrayList<>();
            Eventually.holds("readiness turns unready", () -> keepsIfUnready(readiness(probe), unready));
            Eventually.holds("new connections are refused", () -> connectionIsRefused(server));
            boolean drainStillOpen = !export.isDone() && !closing.isDone();
            slow.release.countDown();
            HttpResponse<String> served = export.get(20, TimeUnit.SECONDS);
            closing.get(20, TimeUnit.SECONDS);

            assertThat(before.status()).isEqualTo(200);
            // Until Jetty's graceful stop begins, a moment after close does, the readiness route answers; then Jetty.
            assertThat(unready).singleElement().satisfies(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.json().path("error").asText())
                        .isIn(HealthHandlers.SHUTTING_DOWN, ErrorMessages.forStatus(503));
            });
            assertThat(drainStillOpen)
                    .as("the export still held the drain open")
                    .isTrue();
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body().lines()).hasSize(2);
            assertThat(slow.closed.get()).isEqualTo(1);
        }
    }

    @Test
    void closes_twice_without_complaint() {
        TestServer server = TestServer.start();

        server.close();
        server.close();

        assertThat(isRefused(server)).isTrue();
    }

    private static CompletableFuture<HttpResponse<String>> startExport(TestServer server) {
        return server.client
                .http()
                .sendAsync(
                        HttpRequest.newBuilder(server.client.uri("/v1.0/funds/export"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static Answer readiness(KeepAliveConnection connection) {
        try {
            return connection.get("/health/ready");
        } catch (IOException closed) {
            throw new UncheckedIOException("The connection closed before readiness turned unready.", closed);
        }
    }

    private static boolean keepsIfUnready(Answer answer, List<Answer> unready) {
        return answer.status() != 200 && unready.add(answer);
    }

    private static boolean connectionIsRefused(TestServer server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException otherFailure) {
            return false;
        }
    }

    // Refused means: no connection at all, or an answer that says the service is going away.
    private static boolean isRefused(TestServer server) {
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> answer = fresh.send(
                    HttpRequest.newBuilder(server.client.uri("/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 503;
        } catch (IOException refused) {
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
