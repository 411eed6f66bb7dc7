package io.fundregistry.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A fund as stored: its identity, its owner, what was decided about it and when.
 *
 * <p>Immutable. Every invariant of {@link FundDetails} holds, and the fund was never updated before it was created.
 */
public record Fund(
        FundId id, TenantId tenant, FundDetails details, LocalDate navDate, Instant createdAt, Instant updatedAt) {

    public Fund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(navDate, "navDate");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("A fund cannot be updated before it was created.");
        }
    }

    /** A fund created now: its NAV is dated today in UTC, and it has not been updated since. */
    public static Fund create(Instant now, FundId id, TenantId tenant, FundDetails details) {
        return new Fund(id, tenant, details, LocalDate.ofInstant(now, ZoneOffset.UTC), now, now);
    }

    public Slug slug() {
        return details.slug();
    }

    public FundName name() {
        return details.name();
    }
}
