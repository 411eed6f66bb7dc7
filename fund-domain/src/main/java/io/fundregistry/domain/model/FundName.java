package io.fundregistry.domain.model;

/**
 * A fund's display name: 1 to {@value #MAX_LENGTH} characters (Unicode code points), not blank, with no control
 * characters and no broken Unicode.
 *
 * @param value the name as given
 */
public record FundName(String value) {

    public static final int MAX_LENGTH = 160;

    /**
     * @throws InvalidValueException if the name is null, blank, too long, or holds a control character or half of a
     *     surrogate pair
     */
    public FundName {
        if (value == null) {
            throw new InvalidValueException("Must be a string.");
        }
        if (value.isBlank()) {
            throw new InvalidValueException("Must not be blank.");
        }
        if (value.length() > MAX_LENGTH && value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("Length must be between 1 and " + MAX_LENGTH + ".");
        }
        StoredText.requireSingleLine(value);
    }

    public static FundName of(String value) {
        return new FundName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
