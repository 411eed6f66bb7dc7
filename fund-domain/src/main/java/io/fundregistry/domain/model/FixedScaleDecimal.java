package io.fundregistry.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Brings a non-negative decimal to a fixed scale without rounding, for the amount types. Every check looks at the
 * value's precision and scale before any arithmetic, so that a value such as {@code 1e536870000} is refused at once
 * instead of after minutes of big-number work.
 */
final class FixedScaleDecimal {

    private FixedScaleDecimal() {}

    static BigDecimal normalise(BigDecimal value, int scale, int maxIntegerDigits) {
        if (value == null) {
            throw new InvalidValueException("Must be a number.");
        }
        if (value.signum() < 0) {
            throw new InvalidValueException("Must be greater than or equal to 0.");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }

        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > maxIntegerDigits) {
            throw new InvalidValueException(
                    "Must have at most " + maxIntegerDigits + " digits before the decimal point.");
        }

        long excessScale = (long) value.scale() - scale;
        // A non-zero value whose excess decimal places outnumber its digits cannot end in that many zeros.
        if (excessScale >= value.precision()) {
            throw tooManyDecimalPlaces(scale);
        }
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException roundingNeeded) {
            throw tooManyDecimalPlaces(scale);
        }
    }

    private static InvalidValueException tooManyDecimalPlaces(int scale) {
        return new InvalidValueException("Must have at most " + scale + " decimal places.");
    }
}
