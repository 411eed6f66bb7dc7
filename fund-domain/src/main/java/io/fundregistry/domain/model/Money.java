package io.fundregistry.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative amount of money, such as a fund's target raise or capacity limit.
 *
 * <p>Immutable. The amount always has scale {@value #SCALE} and at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point, so {@link #equals} and {@link #compareTo} agree. Building one never rounds: an amount with more
 * non-zero decimal places than {@value #SCALE} is refused, while trailing zeros ({@code 10.500}) are accepted.
 */
public final class Money implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * @throws InvalidValueException if the amount is null, negative, too large or needs rounding
     */
    public static Money of(BigDecimal amount) {
        return new Money(FixedScaleDecimal.normalise(amount, SCALE, MAX_INTEGER_DIGITS));
    }

    /**
     * @throws InvalidValueException if the text is not a plain decimal number, or breaks a rule of {@link #of}
     */
    public static Money parse(String text) {
        return of(DecimalText.parse(text));
    }

    public BigDecimal amount() {
        return amount;
    }

    /**
     * @throws InvalidValueException if the sum has more integer digits than a money amount may hold
     */
    public Money plus(Money other) {
        return of(amount.add(other.amount));
    }

    /**
     * @throws InvalidValueException if the difference would be negative
     */
    public Money minus(Money other) {
        return of(amount.subtract(other.amount));
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
