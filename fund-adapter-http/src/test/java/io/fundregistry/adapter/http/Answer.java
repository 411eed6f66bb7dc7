package io.fundregistry.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** What the server answered to one request. */
record Answer(int status, HttpHeaders headers, String body) {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads a JSON document given as bytes, such as a resource. */
    static final java.util.function.Function<byte[], JsonNode> JSON_READER_FOR_RESOURCES = bytes -> {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    };

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new UncheckedIOException("Not JSON: " + body, notJson);
        }
    }

    /** The messages under one key of an error's details. */
    java.util.List<String> details(String key) {
        java.util.List<String> messages = new java.util.ArrayList<>();
        json().path("details").path(key).forEach(message -> messages.add(message.asText()));
        return messages;
    }
}
