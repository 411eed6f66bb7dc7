package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes JSON answers straight to the response stream with the shared generator factory. Closing the generator
 * closes the stream, so the body goes out in one piece with its length.
 */
final class JsonResponses {

    private JsonResponses() {}

    static void send(Context ctx, int status, JsonBody body) throws IOException {
        HttpServletResponse response = ctx.res();
        response.setStatus(status);
        response.setContentType(Json.CONTENT_TYPE);
        try (JsonGenerator json = Json.FACTORY.createGenerator(response.getOutputStream())) {
            body.writeTo(json);
        }
    }

    static void error(Context ctx, int status, String message) throws IOException {
        send(ctx, status, ErrorBodies.of(message));
    }

    static void error(Context ctx, int status, String message, FieldErrors details) throws IOException {
        send(ctx, status, ErrorBodies.of(message, details));
    }
}
