package io.fundregistry.adapter.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running HTTP server: the fund registry's contract over the given use cases, on Javalin and Jetty.
 *
 * <p>Thread-safe. {@link #close()} shuts down gracefully, in two steps. From the moment it begins, {@code
 * /health/ready} answers 503, so that a load balancer stops sending traffic; for the settings' readiness delay every
 * other request, on new connections and old, is served as before. Then new connections are refused, and a request
 * arriving on a connection already open is answered 503 and that connection closed; requests in flight (a long export
 * included) may finish within the drain timeout, then the server stops. With no readiness delay the second step
 * follows the first at once. Closing more than once, or from several threads at the same time, waits out the delay
 * once and stops once; every call returns only after the server has stopped.
 */
public final class FundHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FundHttpServer.class);

    private final Javalin app;
    private final ShutdownState shutdown;
    private final Duration readinessDelay;
    private final int port;
    private boolean stopped;

    private FundHttpServer(Javalin app, ShutdownState shutdown, Duration readinessDelay) {
        this.app = app;
        this.shutdown = shutdown;
        this.readinessDelay = readinessDelay;
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
        return new FundHttpServer(app, shutdown, settings.readinessDelay());
    }

    /** The port the server listens on: the one asked for, or the one chosen when port 0 was asked for. */
    public int port() {
        return port;
    }

    /**
     * Shuts down gracefully: turns readiness to 503, keeps serving for the readiness delay, then stops, waiting at most
     * the drain timeout for requests in flight. An interrupt during the delay ends the delay early; the server still
     * stops as usual, and the interrupt is set again on the calling thread before this returns.
     */
    @Override
    public void close() {
        shutdown.begin();
        // The delay is waited out holding the lock, so that a concurrent call returns only once the server has stopped.
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            boolean interrupted = waitOutReadinessDelay();
            try {
                app.stop();
            } catch (RuntimeException notClean) {
                LOG.warn("The HTTP server did not stop cleanly.", notClean);
            } finally {
                // Jetty gives up its stop half-way on an interrupted thread, so the interrupt is restored only now.
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Returns whether the wait was interrupted; the thread's interrupt flag is then clear. */
    private boolean waitOutReadinessDelay() {
        if (readinessDelay.isZero()) {
            return false;
        }
        try {
            Thread.sleep(readinessDelay.toMillis());
            return false;
        } catch (InterruptedException interrupted) {
            return true;
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
