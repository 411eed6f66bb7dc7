package io.fundregistry.domain.contract;

import io.fundregistry.domain.model.Description;
import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundId;
import io.fundregistry.domain.model.FundName;
import io.fundregistry.domain.model.FundStatus;
import io.fundregistry.domain.model.Money;
import io.fundregistry.domain.model.NetAssetValue;
import io.fundregistry.domain.model.ShareCount;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Builds valid funds for tests: {@code aFund().withSlug("alpha").build()}. Every part has a sensible default. */
public final class FundBuilder {

    private FundId id = FundId.of(UUID.randomUUID());
    private TenantId tenant = TenantId.DEFAULT;
    private String name = "Global Equity Fund";
    private String slug = "global-equity";
    private String description = "";
    private FundStatus status = FundStatus.DRAFT;
    private String targetRaise = "1000000.00";
    private String capacityLimit = "2500000.00";
    private String currentNav = "1.0000";
    private long totalShares = 1_000_000;
    private boolean showOnDashboard = true;
    private Instant createdAt = Instant.parse("2026-01-15T09:30:00.123456Z");

    private FundBuilder() {}

    public static FundBuilder aFund() {
        return new FundBuilder();
    }

    public FundBuilder withId(FundId id) {
        this.id = id;
        return this;
    }

    public FundBuilder withTenant(TenantId tenant) {
        this.tenant = tenant;
        return this;
    }

    public FundBuilder withName(String name) {
        this.name = name;
        return this;
    }

    public FundBuilder withSlug(String slug) {
        this.slug = slug;
        return this;
    }

    public FundBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public FundBuilder withStatus(FundStatus status) {
        this.status = status;
        return this;
    }

    public FundBuilder withTargetRaise(String targetRaise) {
        this.targetRaise = targetRaise;
        return this;
    }

    public FundBuilder withCapacityLimit(String capacityLimit) {
        this.capacityLimit = capacityLimit;
        return this;
    }

    public FundBuilder withCurrentNav(String currentNav) {
        this.currentNav = currentNav;
        return this;
    }

    public FundBuilder withTotalShares(long totalShares) {
        this.totalShares = totalShares;
        return this;
    }

    public FundBuilder withShowOnDashboard(boolean showOnDashboard) {
        this.showOnDashboard = showOnDashboard;
        return this;
    }

    public FundBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public FundDetails buildDetails() {
        return new FundDetails(
                FundName.of(name),
                Slug.of(slug),
                Description.of(description),
                status,
                Money.of(new BigDecimal(targetRaise)),
                Money.of(new BigDecimal(capacityLimit)),
                NetAssetValue.of(new BigDecimal(currentNav)),
                ShareCount.of(totalShares),
                showOnDashboard);
    }

    public Fund build() {
        return new Fund(
                id, tenant, buildDetails(), LocalDate.ofInstant(createdAt, ZoneOffset.UTC), createdAt, createdAt);
    }
}
