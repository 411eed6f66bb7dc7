package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns the router's own refusals (no such path, a method the path does not serve) into the JSON error answers,
 * with {@code Allow} worked out from the route table for a 405.
 */
final class RoutingRefusals implements ExceptionHandler<HttpResponseException> {

    private final RouteTable routes;

    RoutingRefusals(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void handle(HttpResponseException refusal, Context ctx) {
        try {
            Optional<Route> route = routes.find(ctx.path());
            if (refusal.getStatus() == 405 && route.isPresent()) {
                MethodNotAllowed.answer(ctx, route.get());
            } else {
                JsonResponses.error(ctx, refusal.getStatus(), ErrorMessages.forStatus(refusal.getStatus()));
            }
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
    }
}
