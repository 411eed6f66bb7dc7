package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON bodies of error responses: {@code {"error": "<sentence>"}}, with {@code details} for field errors or
 * {@code requestId} for a failure a person may report. Never anything from an exception.
 */
final class ErrorBodies {

    private ErrorBodies() {}

    static JsonBody of(String message) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        };
    }

    static JsonBody of(String message, FieldErrors details) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeFieldName("details");
            details.writeTo(json);
            json.writeEndObject();
        };
    }

    static JsonBody withRequestId(String message, String requestId) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeStringField("requestId", requestId);
            json.writeEndObject();
        };
    }

    /** The body as bytes, for the places that write outside a handler. */
    static byte[] bytes(JsonBody body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(96);
        try (JsonGenerator json = Json.FACTORY.createGenerator(buffer)) {
            body.writeTo(json);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return buffer.toByteArray();
    }
}
