package io.fundregistry.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fund's net asset value per share.
 *
 * <p>Immutable. The value always has scale {@value #SCALE} and at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point, so {@link #equals} and {@link #compareTo} agree. Building one never rounds: a value with more non-zero
 * decimal places than {@value #SCALE} is refused.
 */
public final class NetAssetValue implements Comparable<NetAssetValue> {

    public static final int SCALE = 4;
    public static final int MAX_INTEGER_DIGITS = 16;

    private final BigDecimal value;

    private NetAssetValue(BigDecimal value) {
        this.value = value;
    }

    /**
     * @throws InvalidValueException if the value is null, negative, too large or needs rounding
     */
    public static NetAssetValue of(BigDecimal value) {
        return new NetAssetValue(FixedScaleDecimal.normalise(value, SCALE, MAX_INTEGER_DIGITS));
    }

    /**
     * @throws InvalidValueException if the text is not a plain decimal number, or breaks a rule of {@link #of}
     */
    public static NetAssetValue parse(String text) {
        return of(DecimalText.parse(text));
    }

    public BigDecimal value() {
        return value;
    }

    /** The value of that many shares, exact: the product keeps scale {@value #SCALE} and is never rounded. */
    public BigDecimal multipliedBy(ShareCount shares) {
        return value.multiply(BigDecimal.valueOf(shares.value()));
    }

    @Override
    public int compareTo(NetAssetValue other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetAssetValue nav && value.equals(nav.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
