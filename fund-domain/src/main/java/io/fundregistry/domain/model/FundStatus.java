package io.fundregistry.domain.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a fund stands in its life. New funds start as {@link #DRAFT}. */
public enum FundStatus {
    DRAFT("draft"),
    OPEN("open"),
    CLOSED("closed"),
    ARCHIVED("archived");

    private static final String ACCEPTED =
            Arrays.stream(values()).map(FundStatus::key).collect(Collectors.joining(", "));

    private final String key;

    FundStatus(String key) {
        this.key = key;
    }

    /** The lowercase name used in requests, responses and storage. */
    public String key() {
        return key;
    }

    public static Optional<FundStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
    }

    /**
     * @throws InvalidValueException if the key names no status
     */
    public static FundStatus parse(String key) {
        return fromKey(key).orElseThrow(() -> new InvalidValueException("Must be one of: " + ACCEPTED + "."));
    }
}
