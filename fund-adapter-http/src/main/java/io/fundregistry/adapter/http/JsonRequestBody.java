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

    /** What came of reading the body. */
    sealed interface Outcome {}

    record Read(byte[] bytes) implements Outcome {}

    record Refused(int status, String message) implements Outcome {}

    private JsonRequestBody() {}

    static Outcome read(Context ctx, long maxBytes) throws IOException {
        HttpServletRequest request = ctx.req();
        if (!isJson(request.getContentType())) {
            return new Refused(415, UNSUPPORTED_MEDIA_TYPE);
        }
        if (request.getContentLengthLong() > maxBytes) {
            return new Refused(413, ErrorMessages.TOO_LARGE);
        }

        // One byte more than allowed tells a body sent without a length apart from one that fits.
        InputStream in = request.getInputStream();
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            return new Refused(413, ErrorMessages.TOO_LARGE);
        }
        return new Read(bytes);
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
