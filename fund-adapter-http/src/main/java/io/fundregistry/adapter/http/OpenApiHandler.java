package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3 description of the whole contract, a static document read once. */
final class OpenApiHandler implements Handler {

    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApiHandler() {
        this.document = load();
    }

    static byte[] load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document is missing from the adapter's resources.");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void handle(Context ctx) throws IOException {
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setContentType(Json.CONTENT_TYPE);
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
