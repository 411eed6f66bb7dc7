package io.fundregistry.adapter.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running HTTP server: the fund registry's contract over the given use cases, on Javalin and Jetty.
 *
 * <p>Thread-safe. {@link #close()} shuts down gracefully: from the moment it begins, {@code /health/ready} answers 503,
 * new connections are refused, and a request arriving on a connection already open is answered 503 and that
 * connection closed; requests in flight (a long export included) may finish within the drain timeout, then the server
 * stops. Closing more than once does nothing more.
 */
public final class FundHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FundHttpServer.class);

    private final Javalin app;
    private final ShutdownState shutdown;
    private final int port;
    private boolean stopped;

    private FundHttpServer(Javalin app, ShutdownState shutdown) {
        this.app = app;
        this.shutdown = shutdown;
        this.port = app.port();
    }

    /**
     * Starts serving on the settings' host and port and returns once the port is bound.
     *
     * @throws IllegalStateException if the server cannot start, for example because the port is taken
     */
    public static FundHttpServer start(HttpSettings settings, FundUseCases useCases, ReadinessCheck readiness) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(readiness, "readiness");

        ShutdownState shutdown = new ShutdownState();
        CorsPolicy cors = new CorsPolicy(settings.corsOrigins());
        RouteTable routes = routesFor(settings, useCases, readiness, shutdown);
        Javalin app = Javalin.create(config -> JavalinSetup.configure(config, settings, routes, cors));
        try {
            app.start(settings.host(), settings.port());
        } catch (JavalinException failed) {
            stopQuietly(app);
            throw new IllegalStateException(
                    "Cannot start the HTTP server on " + settings.host() + ":" + settings.port() + ".", failed);
        }
        return new FundHttpServer(app, shutdown);
    }

    /** The port the server listens on: the one asked for, or the one chosen when port 0 was asked for. */
    public int port() {
        return port;
    }

    /** Shuts down gracefully, waiting at most the drain timeout for requests in flight. */
    @Override
    public void close() {
        shutdown.begin();
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                app.stop();
            } catch (RuntimeException notClean) {
                LOG.warn("The HTTP server did not stop cleanly.", notClean);
            }
        }
    }

    static RouteTable routesFor(
            HttpSettings settings, FundUseCases useCases, ReadinessCheck readiness, ShutdownState shutdown) {
        TenantResolver tenants = new TenantResolver();
        String source = settings.source();
        return ContractRoutes.table(
                new ListFundsHandler(useCases.list(), tenants, source),
                new CreateFundHandler(useCases.create(), tenants, source, settings.maxRequestBytes()),
                new ExportFundsHandler(
                        useCases.export(), tenants, source, new ExportSlots(settings.maxConcurrentExports())),
                new GetFundHandler(useCases.get(), tenants, source),
                new OpenApiHandler(),
                new HealthHandlers(readiness, shutdown));
    }

    private static void stopQuietly(Javalin app) {
        try {
            app.stop();
        } catch (RuntimeException alreadyBroken) {
            LOG.debug("Stopping a server that failed to start also failed.", alreadyBroken);
        }
    }
}
