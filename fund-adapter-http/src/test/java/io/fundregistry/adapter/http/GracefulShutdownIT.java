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
import java.util.concurrent.Executor;
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
    void answers_unready_but_serves_new_connections_until_the_readiness_delay_has_passed() throws Exception {
        Duration delay = Duration.ofSeconds(2);
        TestServer server = TestServer.start(settings -> settings.withReadinessDelay(delay));
        long began = System.nanoTime();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        List<Answer> unready = new ArrayList<>();
        Eventually.holds(
                "readiness turns unready", () -> keepsIfUnready(onNewConnection(server, "/health/ready"), unready));
        Answer funds = onNewConnection(server, "/v1.0/funds");
        boolean stillDelaying = !closing.isDone();
        Eventually.holds("new connections are refused", () -> connectionIsRefused(server));
        Duration untilRefused = Duration.ofNanos(System.nanoTime() - began);
        closing.get(10, TimeUnit.SECONDS);

        assertThat(unready).singleElement().satisfies(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().path("error").asText()).isEqualTo(HealthHandlers.SHUTTING_DOWN);
        });
        assertThat(funds.status()).isEqualTo(200);
        assertThat(stillDelaying).as("close was still waiting out the delay").isTrue();
        assertThat(untilRefused).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void waits_out_the_readiness_delay_once_when_closed_from_two_threads_and_returns_only_once_stopped()
            throws Exception {
        Duration delay = Duration.ofSeconds(2);
        TestServer server = TestServer.start(settings -> settings.withReadinessDelay(delay));
        Executor ownThread = task -> new Thread(task).start();
        long began = System.nanoTime();

        CompletableFuture<Void> first = CompletableFuture.runAsync(server::close, ownThread);
        CompletableFuture<Void> second = CompletableFuture.runAsync(server::close, ownThread);
        CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS);
        boolean refusedOnceOneReturned = connectionIsRefused(server);
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertThat(refusedOnceOneReturned).isTrue();
        assertThat(took).isGreaterThanOrEqualTo(delay).isLessThan(delay.multipliedBy(2));
    }

    @Test
    void ends_the_readiness_delay_early_when_interrupted_and_keeps_the_interrupt() throws Exception {
        TestServer server = TestServer.start(settings -> settings.withReadinessDelay(Duration.ofMinutes(10)));
        CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
        Thread closer = new Thread(() -> {
            server.close();
            interruptKept.complete(Thread.currentThread().isInterrupted());
        });

        closer.start();
        Eventually.holds(
                "readiness turns unready",
                () -> onNewConnection(server, "/health/ready").status() == 503);
        closer.interrupt();

        assertThat(interruptKept.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(connectionIsRefused(server)).isTrue();
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

    private static Answer onNewConnection(TestServer server, String path) {
        try (KeepAliveConnection connection = KeepAliveConnection.open(server.port())) {
            return connection.get(path);
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer to " + path + " on a new connection.", failed);
        }
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
