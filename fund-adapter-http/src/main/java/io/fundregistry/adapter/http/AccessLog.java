package io.fundregistry.adapter.http;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per finished request on the {@value #LOGGER} logger at INFO: method, path, the names of the query
 * parameters, status, duration and request id. Query values and bodies are never logged, since they may hold
 * secrets. Jetty calls it for every request, including those refused before any route ran.
 */
final class AccessLog implements RequestLog {

    static final String LOGGER = "io.fundregistry.access";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void log(Request request, Response response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        String requestId = response.getHeaders().get(RequestIds.HEADER);
        HttpURI uri = request.getHttpURI();
        String path = uri == null || uri.getPath() == null ? "-" : uri.getPath();
        String queryKeys = uri == null ? null : queryKeys(uri.getQuery());

        String previous = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            LOG.info(
                    "{} {}{} {} {}ms id={}",
                    request.getMethod(),
                    path,
                    queryKeys == null ? "" : queryKeys,
                    response.getStatus(),
                    millis,
                    requestId);
        } finally {
            restore(previous);
        }
    }

    /** {@code ?limit&search} for {@code limit=5&search=x}: the names tell what was asked, values may be private. */
    static String queryKeys(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringBuilder keys = new StringBuilder(query.length() + 1);
        char separator = '?';
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            int equals = query.indexOf('=', start);
            int keyEnd = equals >= 0 && equals < end ? equals : end;
            if (keyEnd > start) {
                keys.append(separator).append(query, start, keyEnd);
                separator = '&';
            }
            start = end + 1;
        }
        return keys.length() == 0 ? null : keys.toString();
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, previous);
        }
    }
}
