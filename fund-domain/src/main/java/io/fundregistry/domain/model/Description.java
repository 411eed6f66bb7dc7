package io.fundregistry.domain.model;

/**
 * A fund's free-text description: empty, or up to {@value #MAX_LENGTH} characters (Unicode code points).
 *
 * @param value the description, never null
 */
public record Description(String value) {

    public static final int MAX_LENGTH = 2_000;
    public static final Description EMPTY = new Description("");

    /**
     * @throws InvalidValueException if the description is null or too long
     */
    public Description {
        if (value == null) {
            throw new InvalidValueException("Must be a string.");
        }
        if (value.length() > MAX_LENGTH && value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("Length must be at most " + MAX_LENGTH + ".");
        }
    }

    public static Description of(String value) {
        return new Description(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
