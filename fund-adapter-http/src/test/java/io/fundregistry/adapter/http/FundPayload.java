package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A create-fund request body, built from raw JSON values so that tests control the exact text of each number. */
final class FundPayload {

    private final Map<String, String> rawValues = new LinkedHashMap<>();
    private final String wholeBody;

    private FundPayload(String wholeBody) {
        this.wholeBody = wholeBody;
    }

    /** A body given whole, such as {@code []}, for requests that are not an object at all. */
    static FundPayload raw(String json) {
        return new FundPayload(json);
    }

    /** A valid request for a fund with the slug {@code alpha}. */
    static FundPayload aFund() {
        return new FundPayload(null)
                .withText("name", "Alpha Fund")
                .withText("slug", "alpha")
                .withText("description", "A fund for tests.")
                .withText("status", "open")
                .with("targetRaise", "1000000.00")
                .with("capacityLimit", "1500000.00")
                .with("currentNav", "1.2345")
                .with("totalShares", "1000")
                .with("showOnDashboard", "true");
    }

    /** Sets a key to a raw JSON value, such as {@code 10.120}, {@code "10"} or {@code null}. */
    FundPayload with(String key, String rawJson) {
        rawValues.put(key, rawJson);
        return this;
    }

    FundPayload withText(String key, String text) {
        try {
            return with(key, Answer.JSON.writeValueAsString(text));
        } catch (JsonProcessingException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    FundPayload without(String key) {
        rawValues.remove(key);
        return this;
    }

    String json() {
        if (wholeBody != null) {
            return wholeBody;
        }
        StringJoiner object = new StringJoiner(", ", "{", "}");
        rawValues.forEach((key, value) -> object.add("\"" + key + "\": " + value));
        return object.toString();
    }
}
