package io.fundregistry.adapter.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a request body that must be JSON and no larger than a limit, refusing any other media type (415) and any
 * larger body (413) before it is parsed. A body declared too large is refused without reading it.
 */
final class JsonRequestBody {

    static final String UNSUPPORTED_MEDIA_TYPE = "Content-Type must be application/json.";

    private static final long DISCARD_LIMIT_BYTES = 1024 * 1024;

    /** What came of reading the body. */
    sealed interface Outcome {}

    record Read(byte[] bytes) implements Outcome {}

    record Refused(int status, String message) implements Outcome {}

    private JsonRequestBody() {}

    static Outcome read(Context ctx, long maxBytes) throws IOException {
        HttpServletRequest request = ctx.req();
        InputStream in = request.getInputStream();
        if (!isJson(request.getContentType())) {
            discardRest(in);
            return new Refused(415, UNSUPPORTED_MEDIA_TYPE);
        }
        if (request.getContentLengthLong() > maxBytes) {
            discardRest(in);
            return new Refused(413, ErrorMessages.TOO_LARGE);
        }

        // One byte more than allowed tells a body sent without a length apart from one that fits.
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            discardRest(in);
            return new Refused(413, ErrorMessages.TOO_LARGE);
        }
        return new Read(bytes);
    }

    // A client still sending its body may miss an answer given over unread bytes, since the server then drops the
    // connection; a client reusing the connection then loses its next request. Reading a moderately large body to
    // its end lets the refusal arrive and keeps the connection; a huge one is not worth reading.
    private static void discardRest(InputStream in) throws IOException {
        byte[] sink = new byte[8 * 1024];
        long discarded = 0;
        int read;
        while (discarded < DISCARD_LIMIT_BYTES && (read = in.read(sink)) >= 0) {
            discarded += read;
        }
    }

    /** {@code application/json} or any {@code application/...+json} type, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return mediaType.equals(Json.CONTENT_TYPE)
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }
}
