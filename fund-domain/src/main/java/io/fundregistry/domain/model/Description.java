package io.fundregistry.domain.model;

/**
 * A fund's free-text description: empty, or up to {@value #MAX_LENGTH} characters (Unicode code points). Line breaks
 * and tabs are fine; other control characters and broken Unicode are not.
 *
 * @param value the description, never null
 */
public record Description(String value) {

    public static final int MAX_LENGTH = 2_000;
    public static final Description EMPTY = new Description("");

    /**
     * @throws InvalidValueException if the description is null, too long, or holds a control character other than a
     *     tab or line break, or half of a surrogate pair
     */
    public Description {
        if (value == null) {
            throw new InvalidValueException("Must be a string.");
        }
        if (value.length() > MAX_LENGTH && value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("Length must be at most " + MAX_LENGTH + ".");
        }
        StoredText.requireMultiLine(value);
    }

    public static Description of(String value) {
        return new Description(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
