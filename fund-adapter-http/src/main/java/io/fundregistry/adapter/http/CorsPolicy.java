package io.fundregistry.adapter.http;

import java.util.List;
import java.util.Set;

/**
 * Which browser origins may call the API, and the headers that say so. Immutable. An origin list holding {@code *}
 * allows every origin; otherwise an origin is allowed when it is listed exactly.
 */
final class CorsPolicy {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    static final String ALLOWED_REQUEST_HEADERS = "Content-Type, X-Request-ID";
    static final String EXPOSED_RESPONSE_HEADERS = RequestIds.HEADER;
    // Ten minutes: browsers cap it lower anyway, and the route table only changes with a release.
    static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

    private static final String ANY = "*";

    private final boolean anyOrigin;
    private final Set<String> origins;

    CorsPolicy(List<String> allowedOrigins) {
        this.anyOrigin = allowedOrigins.contains(ANY);
        this.origins = Set.copyOf(allowedOrigins);
    }

    /** The {@value #ALLOW_ORIGIN} value for a request from the origin, or null when the origin is not allowed. */
    String allowOriginFor(String origin) {
        if (origin == null) {
            return null;
        }
        if (anyOrigin) {
            return ANY;
        }
        return origins.contains(origin) ? origin : null;
    }

    /** Whether the answer depends on the caller's origin, so that caches must keep one copy per origin. */
    boolean variesByOrigin() {
        return !anyOrigin;
    }
}
