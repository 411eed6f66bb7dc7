package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health probes: {@code /health/live} answers while the process serves at all; {@code /health/ready} answers 200
 * only while the store can serve and the server is not shutting down, so a load balancer stops sending traffic
 * before the server stops accepting it.
 */
final class HealthHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(HealthHandlers.class);

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
        if (isReady()) {
            JsonResponses.send(ctx, 200, status("ready"));
        } else {
            JsonResponses.send(ctx, 503, status("unavailable"));
        }
    }

    private boolean isReady() {
        if (shutdown.hasBegun()) {
            return false;
        }
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
}
