package io.fundregistry.app;

import io.fundregistry.adapter.http.FundHttpServer;
import io.fundregistry.adapter.http.FundUseCases;
import io.fundregistry.adapter.http.HttpSettings;
import io.fundregistry.app.config.ServiceConfig;
import io.fundregistry.domain.service.FundService;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service while it runs: its store and its HTTP server. Stops once, in the order that loses no request. */
final class RunningService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final OpenedStore store;
    private final FundHttpServer server;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private RunningService(OpenedStore store, FundHttpServer server) {
        this.store = store;
        this.server = server;
    }

    /**
     * Opens the store and starts the HTTP server at the same time, on two threads: they load different classes and
     * wait on different things, so start-up takes about as long as the slower of the two. Until the store is open the
     * server answers 503 and readiness is false. Returns once both are up.
     *
     * @throws RuntimeException the store's or the server's failure to start; whatever did start is closed again
     */
    static RunningService start(ServiceConfig config) {
        CompletableFuture<OpenedStore> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> openInto(opening, config), "fund-store-opening");
        opener.start();
        PendingFundStore pending = new PendingFundStore();

        FundHttpServer server;
        try {
            FundService funds = FundService.over(pending);
            server = FundHttpServer.start(httpSettings(config), FundUseCases.of(funds), pending);
        } catch (RuntimeException failure) {
            awaitOpened(opening).ifPresent(store -> closeQuietly(store.resources()));
            throw failure;
        }

        OpenedStore store;
        try {
            store = opening.join();
        } catch (CompletionException failure) {
            server.close();
            throw failure.getCause() instanceof RuntimeException storeFailure
                    ? storeFailure
                    : new IllegalStateException("Could not open the fund store.", failure.getCause());
        }
        pending.handOver(store);
        return new RunningService(store, server);
    }

    int port() {
        return server.port();
    }

    String storeDescription() {
        return store.description();
    }

    /** Drains the HTTP server (readiness first turns 503), then closes the store's pool. Safe to call twice. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        LOG.info("Stopping: draining requests in flight");

        server.close();
        closeQuietly(store.resources());

        LOG.info("Stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static HttpSettings httpSettings(ServiceConfig config) {
        return new HttpSettings(
                config.host(),
                config.port(),
                config.source(),
                config.corsOrigins(),
                config.maxRequestBytes(),
                config.shutdownTimeout(),
                config.maxConcurrentExports(),
                config.readinessDelay());
    }

    private static void openInto(CompletableFuture<OpenedStore> opening, ServiceConfig config) {
        try {
            opening.complete(StoreOpener.open(config));
        } catch (RuntimeException | Error failure) {
            // Whatever happens here must reach the thread that waits for the store, or start-up would never end.
            opening.completeExceptionally(failure);
        }
    }

    private static Optional<OpenedStore> awaitOpened(CompletableFuture<OpenedStore> opening) {
        try {
            return Optional.of(opening.join());
        } catch (CompletionException failedToo) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.warn("Could not close {} cleanly", resource, failure);
        }
    }
}
