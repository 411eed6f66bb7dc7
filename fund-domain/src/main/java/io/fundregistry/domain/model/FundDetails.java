package io.fundregistry.domain.model;

import java.util.Objects;

/**
 * What a person decides about a fund, checked as a whole: every part is a valid value and the capacity limit is at
 * least the target raise. Building one whose capacity limit is below its target raise throws
 * {@link InvalidValueException}.
 */
public record FundDetails(
        FundName name,
        Slug slug,
        Description description,
        FundStatus status,
        Money targetRaise,
        Money capacityLimit,
        NetAssetValue currentNav,
        ShareCount totalShares,
        boolean showOnDashboard) {

    static final String CAPACITY_BELOW_TARGET = "Must be greater than or equal to targetRaise.";

    public FundDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(targetRaise, "targetRaise");
        Objects.requireNonNull(capacityLimit, "capacityLimit");
        Objects.requireNonNull(currentNav, "currentNav");
        Objects.requireNonNull(totalShares, "totalShares");
        if (capacityLimit.isLessThan(targetRaise)) {
            throw new InvalidValueException(CAPACITY_BELOW_TARGET);
        }
    }
}
