package io.fundregistry.adapter.http;

/** The sentence for an error status that the adapter did not word itself (a routing or protocol refusal). */
final class ErrorMessages {

    static final String NOT_FOUND = "Not found.";
    static final String METHOD_NOT_ALLOWED = "Method not allowed.";
    static final String TOO_LARGE = "Request body is too large.";
    static final String INTERNAL = "Internal server error.";
    static final String STORE_UNAVAILABLE = "The fund store is unavailable; try again shortly.";

    private ErrorMessages() {}

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "Bad request.";
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> "Request timed out.";
            case 413 -> TOO_LARGE;
            case 414 -> "Request URI is too long.";
            case 415 -> "Unsupported media type.";
            case 431 -> "Request headers are too large.";
            case 503 -> "The service is unavailable; try again shortly.";
            default -> status >= 500 ? INTERNAL : "Request could not be processed.";
        };
    }
}
