package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code OPTIONS} on a route: 204 with {@code Allow} listing exactly the route's methods. For a CORS preflight from an
 * allowed origin it also grants those methods and the request headers the API reads.
 */
final class OptionsHandler implements Handler {

    private final String allowedMethods;
    private final CorsPolicy cors;

    OptionsHandler(Route route, CorsPolicy cors) {
        this.allowedMethods = route.allowedMethods();
        this.cors = cors;
    }

    @Override
    public void handle(Context ctx) {
        HttpServletResponse response = ctx.res();
        response.setStatus(204);
        response.setContentType(null);
        response.setHeader("Allow", allowedMethods);

        boolean preflight = ctx.header(CorsPolicy.REQUEST_METHOD) != null;
        if (preflight && cors.allowOriginFor(ctx.header("Origin")) != null) {
            response.setHeader(CorsPolicy.ALLOW_METHODS, allowedMethods);
            response.setHeader(CorsPolicy.ALLOW_HEADERS, CorsPolicy.ALLOWED_REQUEST_HEADERS);
            response.setHeader(CorsPolicy.MAX_AGE, CorsPolicy.PREFLIGHT_MAX_AGE_SECONDS);
        }
    }
}
