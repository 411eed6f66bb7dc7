package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fundregistry.domain.model.FundField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem found in one request, keyed by the request's own key names. Written in a stable order: the fund's
 * fields in their usual order, then any other key in the order it was found. Not thread-safe; one per request.
 */
final class FieldErrors {

    private final Map<String, List<String>> messages = new LinkedHashMap<>();

    static FieldErrors of(String key, String message) {
        FieldErrors errors = new FieldErrors();
        errors.add(key, message);
        return errors;
    }

    void add(String key, String message) {
        messages.computeIfAbsent(key, ignored -> new ArrayList<>(1)).add(message);
    }

    boolean has(String key) {
        return messages.containsKey(key);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The messages for one key, empty when it has none. */
    List<String> messagesFor(String key) {
        return messages.getOrDefault(key, List.of());
    }

    void writeTo(JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (FundField field : FundField.values()) {
            List<String> list = messages.get(field.key());
            if (list != null) {
                writeEntry(json, field.key(), list);
            }
        }
        for (Map.Entry<String, List<String>> entry : messages.entrySet()) {
            if (!isFundField(entry.getKey())) {
                writeEntry(json, entry.getKey(), entry.getValue());
            }
        }
        json.writeEndObject();
    }

    private static void writeEntry(JsonGenerator json, String key, List<String> list) throws IOException {
        json.writeArrayFieldStart(key);
        for (String message : list) {
            json.writeString(message);
        }
        json.writeEndArray();
    }

    private static boolean isFundField(String key) {
        for (FundField field : FundField.values()) {
            if (field.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
