package io.fundregistry.domain.model;

import java.util.Optional;

/**
 * How many funds one list returns: {@value #MIN} to {@value #MAX}, {@value #DEFAULT_VALUE} unless asked otherwise.
 *
 * @param value the limit
 */
public record PageLimit(int value) {

    public static final int MIN = 1;
    public static final int MAX = 100;
    public static final int DEFAULT_VALUE = 50;
    public static final String RULE = "Must be a whole number from " + MIN + " to " + MAX + ".";
    public static final PageLimit DEFAULT = new PageLimit(DEFAULT_VALUE);

    /**
     * @throws InvalidValueException if the value is outside {@value #MIN} to {@value #MAX}
     */
    public PageLimit {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException(RULE);
        }
    }

    public static PageLimit of(int value) {
        return new PageLimit(value);
    }

    /** The limit written in the text as a plain whole number, or empty when the text is anything else. */
    public static Optional<PageLimit> tryParse(String text) {
        if (text == null || text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= MIN && value <= MAX ? Optional.of(new PageLimit(value)) : Optional.empty();
    }
}
