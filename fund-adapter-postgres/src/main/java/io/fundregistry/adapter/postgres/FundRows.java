package io.fundregistry.adapter.postgres;

import static io.fundregistry.adapter.postgres.jooq.Tables.FUND;

import io.fundregistry.adapter.postgres.jooq.tables.records.FundRecord;
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
import java.util.List;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Maps between funds and rows of the {@code fund} table. Reads take only the columns a fund needs, by typed field, with
 * no reflection; a row that breaks a domain rule surfaces as the domain's {@code InvalidValueException}.
 */
final class FundRows {

    /** The columns a fund is read from, in the order a query selects them. */
    static final List<SelectField<?>> COLUMNS = List.of(
            FUND.ID,
            FUND.TENANT_ID,
            FUND.NAME,
            FUND.SLUG,
            FUND.DESCRIPTION,
            FUND.STATUS,
            FUND.TARGET_RAISE,
            FUND.CAPACITY_LIMIT,
            FUND.CURRENT_NAV,
            FUND.TOTAL_SHARES,
            FUND.SHOW_ON_DASHBOARD,
            FUND.NAV_DATE,
            FUND.CREATED_AT,
            FUND.UPDATED_AT);

    private FundRows() {}

    static Fund toFund(Record row) {
        FundDetails details = new FundDetails(
                FundName.of(row.get(FUND.NAME)),
                Slug.of(row.get(FUND.SLUG)),
                Description.of(row.get(FUND.DESCRIPTION)),
                FundStatus.parse(row.get(FUND.STATUS)),
                Money.of(row.get(FUND.TARGET_RAISE)),
                Money.of(row.get(FUND.CAPACITY_LIMIT)),
                NetAssetValue.of(row.get(FUND.CURRENT_NAV)),
                ShareCount.of(row.get(FUND.TOTAL_SHARES)),
                row.get(FUND.SHOW_ON_DASHBOARD));
        return new Fund(
                FundId.of(row.get(FUND.ID)),
                TenantId.of(row.get(FUND.TENANT_ID)),
                details,
                row.get(FUND.NAV_DATE),
                row.get(FUND.CREATED_AT),
                row.get(FUND.UPDATED_AT));
    }

    /** A detached record holding every column of a new fund; the version is left to its default. */
    static FundRecord toRecord(Fund fund) {
        FundDetails details = fund.details();
        return new FundRecord()
                .setId(fund.id().value())
                .setTenantId(fund.tenant().value())
                .setName(details.name().value())
                .setNameLower(FundSearch.lowercase(details.name().value()))
                .setSlug(details.slug().value())
                .setDescription(details.description().value())
                .setStatus(details.status().key())
                .setTargetRaise(details.targetRaise().amount())
                .setCapacityLimit(details.capacityLimit().amount())
                .setCurrentNav(details.currentNav().value())
                .setTotalShares(details.totalShares().value())
                .setShowOnDashboard(details.showOnDashboard())
                .setNavDate(fund.navDate())
                .setCreatedAt(fund.createdAt())
                .setUpdatedAt(fund.updatedAt());
    }
}
