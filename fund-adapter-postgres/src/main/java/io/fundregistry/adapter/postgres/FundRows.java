package io.fundregistry.adapter.postgres;

import static io.fundregistry.adapter.postgres.jooq.Tables.FUND;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.SelectField;

/**
 * Maps between funds and rows of the {@code fund} table, by column position in the order of {@link #COLUMNS} and
 * {@link #INSERTED}, with no reflection. A row that breaks a domain rule surfaces as the domain's {@code
 * InvalidValueException}.
 */
final class FundRows {

    /** The columns a new fund is written to, in the order {@link #bindInsert} binds them; version keeps its default. */
    static final List<Field<?>> INSERTED = List.of(
            FUND.ID,
            FUND.TENANT_ID,
            FUND.NAME,
            FUND.NAME_LOWER,
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

    /** The columns a fund is read from, in the order a query selects them: those written, less the search copy. */
    static final List<SelectField<?>> COLUMNS = INSERTED.stream()
            .filter(column -> !column.equals(FUND.NAME_LOWER))
            .<SelectField<?>>map(column -> column)
            .toList();

    private FundRows() {}

    static Fund toFund(ResultSet row) throws SQLException {
        FundDetails details = new FundDetails(
                FundName.of(row.getString(3)),
                Slug.of(row.getString(4)),
                Description.of(row.getString(5)),
                FundStatus.parse(row.getString(6)),
                Money.of(row.getBigDecimal(7)),
                Money.of(row.getBigDecimal(8)),
                NetAssetValue.of(row.getBigDecimal(9)),
                ShareCount.of(row.getLong(10)),
                row.getBoolean(11));
        return new Fund(
                FundId.of(row.getObject(1, UUID.class)),
                TenantId.of(row.getString(2)),
                details,
                row.getObject(12, LocalDate.class),
                row.getObject(13, OffsetDateTime.class).toInstant(),
                row.getObject(14, OffsetDateTime.class).toInstant());
    }

    static void bindInsert(PreparedStatement statement, Fund fund) throws SQLException {
        FundDetails details = fund.details();
        statement.setObject(1, fund.id().value());
        statement.setString(2, fund.tenant().value());
        statement.setString(3, details.name().value());
        statement.setString(4, FundSearch.lowercase(details.name().value()));
        statement.setString(5, details.slug().value());
        statement.setString(6, details.description().value());
        statement.setString(7, details.status().key());
        statement.setBigDecimal(8, details.targetRaise().amount());
        statement.setBigDecimal(9, details.capacityLimit().amount());
        statement.setBigDecimal(10, details.currentNav().value());
        statement.setLong(11, details.totalShares().value());
        statement.setBoolean(12, details.showOnDashboard());
        statement.setObject(13, fund.navDate());
        statement.setObject(14, OffsetDateTime.ofInstant(fund.createdAt(), ZoneOffset.UTC));
        statement.setObject(15, OffsetDateTime.ofInstant(fund.updatedAt(), ZoneOffset.UTC));
    }
}
