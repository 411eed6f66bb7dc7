package io.fundregistry.app;

import io.fundregistry.adapter.http.FundHttpServer;
import io.fundregistry.adapter.http.FundUseCases;
import io.fundregistry.adapter.http.HttpSettings;
import io.fundregistry.app.config.ServiceConfig;
import io.fundregistry.domain.service.FundService;
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

    static RunningService start(ServiceConfig config) {
        OpenedStore store = StoreOpener.open(config);
        try {
            FundService funds = FundService.over(store.store());
            FundHttpServer server =
                    FundHttpServer.start(httpSettings(config), FundUseCases.of(funds), store.readiness());
            return new RunningService(store, server);
        } catch (RuntimeException failure) {
            closeQuietly(store.resources());
            throw failure;
        }
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
                config.maxConcurrentExports());
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.warn("Could not close {} cleanly", resource, failure);
        }
    }
}
