package io.fundregistry.adapter.http;

import java.util.List;
import java.util.Optional;

/** Every route the server answers, in matching order: a literal path declared first wins over a parameter. */
record RouteTable(List<Route> routes) {

    RouteTable {
        routes = List.copyOf(routes);
    }

    /** The first route whose path matches the request path. */
    Optional<Route> find(String requestPath) {
        for (Route route : routes) {
            if (route.matches(requestPath)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
