package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.Fund;
import java.io.IOException;
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
    void turns_unready_as_soon_as_close_begins() throws Exception {
        ExportDoubles.Blocking slow = new ExportDoubles.Blocking(List.of(Funds.aFund(1)));
        TestServer server = TestServer.start(
                settings -> settings,
                useCases -> new FundUseCases(useCases.create(), useCases.get(), useCases.list(), slow),
                () -> true);
        HttpClient keepAlive = HttpClient.newHttpClient();
        HttpRequest ready =
                HttpRequest.newBuilder(server.client.uri("/health/ready")).build();
        assertThat(keepAlive.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        CompletableFuture<HttpResponse<String>> export = keepAlive.sendAsync(
                HttpRequest.newBuilder(server.client.uri("/v1.0/funds/export")).build(),
                HttpResponse.BodyHandlers.ofString());
        Eventually.holds("the export has started", () -> slow.opened.getCount() == 0);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        Eventually.holds("new requests are refused", () -> isRefused(server));
        slow.release.countDown();
        export.get(20, TimeUnit.SECONDS);
        closing.get(20, TimeUnit.SECONDS);

        assertThat(closing).isDone();
    }

    @Test
    void closes_twice_without_complaint() {
        TestServer server = TestServer.start();

        server.close();
        server.close();

        assertThat(isRefused(server)).isTrue();
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
