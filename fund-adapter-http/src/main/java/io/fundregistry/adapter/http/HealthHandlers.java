package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health probes: {@code /health/live} answers while the process serves at all; {@code /health/ready} answers 200
 * only while the store can serve and the server is not shutting down. A 503 names its reason in an {@code error}
 * sentence, as every error answer does. Once Jetty's graceful stop has begun, Jetty answers every request with its
 * own 503 before it reaches this handler.
 */
final class HealthHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(HealthHandlers.class);

    static final String SHUTTING_DOWN = "The service is shutting down.";

    private final ReadinessCheck readiness;
    private final ShutdownState shutdown;

    HealthHandlers(ReadinessCheck readiness, ShutdownState shutdown) {
        this.readiness = readiness;
        this.shutdown = shutdown;
    }

    void live(Context ctx) throws IOException {
        JsonResponses.send(ctx, 200, status("up"));
    }

    void ready(Context ctx) throws IOException {
        if (shutdown.hasBegun()) {
            JsonResponses.send(ctx, 503, unavailable(SHUTTING_DOWN));
        } else if (storeIsReady()) {
            JsonResponses.send(ctx, 200, status("ready"));
        } else {
            JsonResponses.send(ctx, 503, unavailable(ErrorMessages.STORE_UNAVAILABLE));
        }
    }

    private boolean storeIsReady() {
        try {
            return readiness.isReady();
        } catch (RuntimeException checkFailed) {
            LOG.warn("The readiness check failed; answering not ready.", checkFailed);
            return false;
        }
    }

    private static JsonBody status(String status) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("status", status);
            json.writeEndObject();
        };
    }

    private static JsonBody unavailable(String reason) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("status", "unavailable");
            json.writeStringField("error", reason);
            json.writeEndObject();
        };
    }
}
