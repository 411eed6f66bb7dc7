package io.fundregistry.domain.model;

/**
 * The number of shares a fund has issued: a whole number above zero.
 *
 * @param value the count, at least 1
 */
public record ShareCount(long value) {

    /**
     * @throws InvalidValueException if the count is zero or negative
     */
    public ShareCount {
        if (value <= 0) {
            throw new InvalidValueException("Must be greater than 0.");
        }
    }

    public static ShareCount of(long value) {
        return new ShareCount(value);
    }
}
