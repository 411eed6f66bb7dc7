package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the server answered to one request. */
record Answer(int status, HttpHeaders headers, String body) {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Reads a JSON document given as bytes, such as a resource. */
    static final Function<byte[], JsonNode> JSON_READER_FOR_RESOURCES = bytes -> {
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    };

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new UncheckedIOException("Not JSON: " + body, notJson);
        }
    }

    /** The messages under one key of an error's details. */
    List<String> details(String key) {
        List<String> messages = new ArrayList<>();
        json().path("details").path(key).forEach(message -> messages.add(message.asText()));
        return messages;
    }
}
