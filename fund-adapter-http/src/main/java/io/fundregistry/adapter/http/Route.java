package io.fundregistry.adapter.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One path of the contract and the handler for each method it serves, in the order declared. Immutable. A path
 * segment in braces, such as {@code {slug}}, matches any one segment.
 */
record Route(String path, Map<HandlerType, Handler> handlers) {

    Route {
        handlers = Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
    }

    static Route at(String path) {
        return new Route(path, Map.of());
    }

    Route get(Handler handler) {
        return with(HandlerType.GET, handler);
    }

    Route post(Handler handler) {
        return with(HandlerType.POST, handler);
    }

    boolean serves(HandlerType method) {
        return handlers.containsKey(method);
    }

    /** The {@code Allow} header: the methods served, then OPTIONS, which every path answers. */
    String allowedMethods() {
        StringJoiner allowed = new StringJoiner(", ");
        handlers.keySet().forEach(method -> allowed.add(method.name()));
        return allowed.add(HandlerType.OPTIONS.name()).toString();
    }

    /** Whether a request path (without query, trailing slash ignored) addresses this route. */
    boolean matches(String requestPath) {
        String[] wanted = segments(requestPath);
        String[] declared = segments(path);
        if (wanted.length != declared.length) {
            return false;
        }
        for (int i = 0; i < declared.length; i++) {
            boolean parameter = declared[i].startsWith("{") && declared[i].endsWith("}");
            if (parameter ? wanted[i].isEmpty() : !declared[i].equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private Route with(HandlerType method, Handler handler) {
        Map<HandlerType, Handler> more = new LinkedHashMap<>(handlers);
        more.put(method, handler);
        return new Route(path, more);
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.split("/", -1);
    }
}
