package io.fundregistry.domain.model;

import java.math.BigDecimal;

/** Reads decimal text for the amount types, refusing anything longer than an amount could ever need. */
final class DecimalText {

    // Far more than any valid amount needs, and short enough that parsing costs nothing.
    private static final int MAX_LENGTH = 64;

    private DecimalText() {}

    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidValueException("Must be a number.");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("Must be a number.");
        }
    }
}
