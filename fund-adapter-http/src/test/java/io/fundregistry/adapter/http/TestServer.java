package io.fundregistry.adapter.http;

import io.fundregistry.domain.memory.InMemoryFundStore;
import io.fundregistry.domain.service.FundService;
import io.fundregistry.domain.service.TimeOrderedFundIds;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.UnaryOperator;

/** A real server on a free port over an in-memory store, with a ticking clock and predictable ids. */
final class TestServer implements AutoCloseable {

    static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    static final String SOURCE = "fund-registry-test";

    final FundService service;
    final FundHttpServer server;
    final TestClient client;

    private TestServer(FundService service, FundHttpServer server) {
        this.service = service;
        this.server = server;
        this.client = new TestClient(URI.create("http://127.0.0.1:" + server.port()));
    }

    static TestServer start() {
        return start(settings -> settings, useCases -> useCases, () -> true);
    }

    static TestServer start(UnaryOperator<HttpSettings> settings) {
        return start(settings, useCases -> useCases, () -> true);
    }

    /** A server whose settings and use cases the test may change, such as a store that fails. */
    static TestServer start(
            UnaryOperator<HttpSettings> settings, UnaryOperator<FundUseCases> useCases, ReadinessCheck readiness) {
        TickingClock clock = new TickingClock(START);
        Random seeded = new Random(7);
        FundService service =
                new FundService(new InMemoryFundStore(), clock, new TimeOrderedFundIds(clock, () -> seeded));
        HttpSettings chosen = settings.apply(HttpSettings.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withSource(SOURCE)
                .withDrainTimeout(Duration.ofSeconds(10)));
        FundHttpServer server = FundHttpServer.start(chosen, useCases.apply(FundUseCases.of(service)), readiness);
        return new TestServer(service, server);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
