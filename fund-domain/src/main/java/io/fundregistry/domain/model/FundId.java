package io.fundregistry.domain.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A fund's identity, unique across tenants and never reused.
 *
 * @param value the UUID
 */
public record FundId(UUID value) implements Comparable<FundId> {

    public FundId {
        Objects.requireNonNull(value, "value");
    }

    public static FundId of(UUID value) {
        return new FundId(value);
    }

    /**
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static FundId parse(String text) {
        return new FundId(UUID.fromString(text));
    }

    /** Orders ids the way PostgreSQL orders its {@code uuid} type: by unsigned bytes, most significant first. */
    @Override
    public int compareTo(FundId other) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return high != 0
                ? high
                : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
