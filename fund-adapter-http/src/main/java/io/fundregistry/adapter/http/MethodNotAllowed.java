package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;

/** The 405 answer: the JSON error, with {@code Allow} naming what the path does serve. */
final class MethodNotAllowed {

    private MethodNotAllowed() {}

    static void answer(Context ctx, Route route) throws IOException {
        ctx.res().setHeader("Allow", route.allowedMethods());
        JsonResponses.error(ctx, 405, ErrorMessages.METHOD_NOT_ALLOWED);
    }
}
