package io.fundregistry.adapter.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/** Puts the headers every answer carries, errors included: the request id and, for an allowed origin, CORS. */
final class CommonHeaders {

    private final CorsPolicy cors;

    CommonHeaders(CorsPolicy cors) {
        this.cors = cors;
    }

    void apply(String requestId, HttpFields requestHeaders, HttpFields.Mutable responseHeaders) {
        responseHeaders.put(RequestIds.HEADER, requestId);

        String allowOrigin = cors.allowOriginFor(requestHeaders == null ? null : requestHeaders.get(HttpHeader.ORIGIN));
        if (allowOrigin != null) {
            responseHeaders.put(CorsPolicy.ALLOW_ORIGIN, allowOrigin);
            responseHeaders.put(CorsPolicy.EXPOSE_HEADERS, CorsPolicy.EXPOSED_RESPONSE_HEADERS);
        }
        if (cors.variesByOrigin()) {
            responseHeaders.put(HttpHeader.VARY, "Origin");
        }
    }
}
