package io.fundregistry.adapter.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Sets up what every request shares before any route runs: its id (answered in {@code X-Request-ID}, kept as a
 * request attribute and put in the logging context for every line the request logs) and the CORS headers for an
 * allowed origin. Sitting in front of the router, it also covers answers the router never sees, such as a refusal
 * during shutdown.
 */
final class RequestContextHandler extends Handler.Wrapper {

    static final String REQUEST_ID_ATTRIBUTE = RequestContextHandler.class.getName() + ".requestId";

    private final CommonHeaders commonHeaders;

    RequestContextHandler(CommonHeaders commonHeaders) {
        this.commonHeaders = commonHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String requestId = RequestIds.resolve(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        commonHeaders.apply(requestId, request.getHeaders(), response.getHeaders());

        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            return super.handle(request, response, callback);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
