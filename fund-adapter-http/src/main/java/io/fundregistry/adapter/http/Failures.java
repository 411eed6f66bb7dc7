package io.fundregistry.adapter.http;

import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what no handler expected. An unavailable store is worth retrying: 503 with {@code Retry-After}. Anything
 * else is logged once, with its stack trace and the request id, and answered 500 with only a sentence and the
 * request id. When the answer had already begun (an export cut off mid-stream), the connection is aborted, so the
 * client sees a broken download rather than a file that looks complete.
 */
final class Failures implements ExceptionHandler<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public void handle(Exception failure, Context ctx) {
        HttpServletResponse response = ctx.res();
        if (response.isCommitted()) {
            LOG.error("The request failed after its answer began; aborting the connection.", failure);
            abort(ctx);
            return;
        }

        discardPartialAnswer(response);
        try {
            if (failure instanceof FundStoreUnavailableException unavailable) {
                LOG.warn("The fund store is unavailable: {}", unavailable.getMessage());
                response.setHeader("Retry-After", "1");
                JsonResponses.error(ctx, 503, ErrorMessages.STORE_UNAVAILABLE);
                return;
            }
            LOG.error("The request failed.", failure);
            String requestId = response.getHeader(RequestIds.HEADER);
            JsonResponses.send(ctx, 500, ErrorBodies.withRequestId(ErrorMessages.INTERNAL, requestId));
        } catch (IOException clientGone) {
            LOG.debug("Could not send the error answer; the client has gone.", clientGone);
        }
    }

    private static void discardPartialAnswer(HttpServletResponse response) {
        response.resetBuffer();
        response.setHeader("Content-Disposition", null);
    }

    // Closing the connection, rather than aborting the servlet channel, leaves the router's own completion untroubled.
    private static void abort(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            request.getConnectionMetaData().getConnection().getEndPoint().close();
        }
    }
}
