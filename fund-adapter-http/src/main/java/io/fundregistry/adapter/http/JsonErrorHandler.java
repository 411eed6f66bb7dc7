package io.fundregistry.adapter.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty produces itself (a malformed request line or URL, headers too large, a refusal while
 * shutting down) with the same JSON error body as the routes, in place of Jetty's HTML page. Never shows a message,
 * cause or stack trace from the failure.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final CommonHeaders commonHeaders;

    JsonErrorHandler(CommonHeaders commonHeaders) {
        this.commonHeaders = commonHeaders;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    // Jetty writes no body for some methods by default; every error here gets one (HEAD answers drop it anyway).
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        commonHeaders.apply(requestIdOf(request, headers), request.getHeaders(), headers);
        if (code == 503) {
            headers.put(HttpHeader.RETRY_AFTER, "1");
        }

        byte[] body = bodyFor(code);
        headers.put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String requestIdOf(Request request, HttpFields responseHeaders) {
        if (request.getAttribute(RequestContextHandler.REQUEST_ID_ATTRIBUTE) instanceof String known) {
            return known;
        }
        String answered = responseHeaders.get(RequestIds.HEADER);
        return answered != null
                ? answered
                : RequestIds.resolve(request.getHeaders().get(RequestIds.HEADER));
    }

    private static byte[] bodyFor(int status) {
        return ErrorBodies.bytes(ErrorBodies.of(ErrorMessages.forStatus(status)));
    }
}
