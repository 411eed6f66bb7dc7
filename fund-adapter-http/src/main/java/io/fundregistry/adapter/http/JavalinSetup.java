package io.fundregistry.adapter.http;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures Javalin and its Jetty server for the contract: the route table's handlers, OPTIONS and 405 derived from
 * it, JSON for every error (Jetty's own included), the request context and access log, and a graceful stop that
 * lets requests in flight finish. Everything costly and unused (banner, dev logging, compression, ETags) is off.
 */
final class JavalinSetup {

    private static final Logger LOG = LoggerFactory.getLogger(JavalinSetup.class);

    private JavalinSetup() {}

    static void configure(JavalinConfig config, HttpSettings settings, RouteTable routes, CorsPolicy cors) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;

        // A reverse proxy compresses if it wants to; the answers here are small and streamed.
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.http.generateEtags = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.defaultContentType = Json.CONTENT_TYPE;
        config.router.ignoreTrailingSlashes = true;
        config.router.caseInsensitiveRoutes = false;
        config.router.javaLangErrorHandler(JavalinSetup::answerFatalError);

        registerRoutes(config, routes, cors);
        configureJetty(config, settings, cors);
    }

    private static void registerRoutes(JavalinConfig config, RouteTable routes, CorsPolicy cors) {
        for (Route route : routes.routes()) {
            route.handlers().forEach((method, handler) -> config.routes.addHttpHandler(method, route.path(), handler));
            config.routes.options(route.path(), new OptionsHandler(route, cors));
            // Javalin would answer HEAD from a GET route with an empty 200; the contract lists HEAD nowhere.
            if (!route.serves(HandlerType.HEAD)) {
                config.routes.head(route.path(), ctx -> MethodNotAllowed.answer(ctx, route));
            }
        }
        config.routes.exception(HttpResponseException.class, new RoutingRefusals(routes));
        config.routes.exception(Exception.class, new Failures());
    }

    private static void configureJetty(JavalinConfig config, HttpSettings settings, CorsPolicy cors) {
        CommonHeaders commonHeaders = new CommonHeaders(cors);
        JsonErrorHandler errors = new JsonErrorHandler(commonHeaders);

        config.jetty.modifyServer(server -> {
            // Each insert goes in front of the last: the graceful handler ends up outermost, counting every request.
            server.insertHandler(new RequestContextHandler(commonHeaders));
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(settings.drainTimeout().toMillis());
            server.setErrorHandler(errors);
            server.setRequestLog(new AccessLog());
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        config.jetty.modifyHttpConfiguration(http -> {
            // Refuse ambiguous paths such as %2F or %2E%2E outright rather than hand them to the router.
            http.setUriCompliance(UriCompliance.DEFAULT);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
    }

    private static void answerFatalError(HttpServletResponse response, Error error) {
        LOG.error("The request failed with a fatal error.", error);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setStatus(500);
            response.setContentType(Json.CONTENT_TYPE);
            String requestId = response.getHeader(RequestIds.HEADER);
            response.getOutputStream()
                    .write(ErrorBodies.bytes(ErrorBodies.withRequestId(ErrorMessages.INTERNAL, requestId)));
        } catch (IOException clientGone) {
            LOG.debug("Could not send the error answer; the client has gone.", clientGone);
        }
    }
}
