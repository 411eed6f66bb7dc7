package io.fundregistry.adapter.postgres;

import static io.fundregistry.adapter.postgres.jooq.Tables.FUND;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectLimitStep;
import org.jooq.exception.DataAccessException;

/**
 * The fund store on a relational database through jOOQ. Safe for concurrent use: it holds one {@link DSLContext} over
 * a connection pool and no other state.
 */
final class JooqFundStore implements FundStore {

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final boolean insertsWithOnConflict;

    JooqFundStore(DSLContext dsl, DataSource dataSource, Vendor vendor) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.insertsWithOnConflict = vendor == Vendor.POSTGRESQL;
    }

    @Override
    public InsertOutcome insert(Fund fund) {
        try {
            return tryInsert(fund);
        } catch (RuntimeException failure) {
            throw StoreFailures.of("Could not store the fund.", failure);
        }
    }

    @Override
    public Optional<Fund> findBySlug(TenantId tenant, Slug slug) {
        try {
            return dsl.select(FundRows.COLUMNS)
                    .from(FUND)
                    .where(FUND.TENANT_ID.eq(tenant.value()))
                    .and(FUND.SLUG.eq(slug.value()))
                    .fetchOptional(FundRows::toFund);
        } catch (RuntimeException failure) {
            throw StoreFailures.of("Could not find the fund.", failure);
        }
    }

    @Override
    public List<Fund> findNewest(TenantId tenant, FundFilter filter, PageLimit limit) {
        try {
            return newestFirst(dsl, tenant, filter).limit(limit.value()).fetch(FundRows::toFund);
        } catch (RuntimeException failure) {
            throw StoreFailures.of("Could not list funds.", failure);
        }
    }

    @Override
    public Stream<Fund> streamAll(TenantId tenant, FundFilter filter) {
        return FundExport.open(dataSource, dsl.configuration(), export -> newestFirst(export, tenant, filter));
    }

    private InsertOutcome tryInsert(Fund fund) {
        try {
            int inserted = insertsWithOnConflict
                    ? dsl.insertInto(FUND)
                            .set(FundRows.toRecord(fund))
                            .onConflict(FUND.TENANT_ID, FUND.SLUG)
                            .doNothing()
                            .execute()
                    : dsl.insertInto(FUND).set(FundRows.toRecord(fund)).execute();
            return inserted == 1 ? InsertOutcome.INSERTED : InsertOutcome.SLUG_TAKEN;
        } catch (DataAccessException failure) {
            // Without ON CONFLICT the loser of a race sees a unique violation; the same state on the primary key is
            // a reused id, which is a failure, not a taken slug.
            if (StoreFailures.hasSqlState(failure, StoreFailures.UNIQUE_VIOLATION) && slugIsTaken(fund)) {
                return InsertOutcome.SLUG_TAKEN;
            }
            throw failure;
        }
    }

    private boolean slugIsTaken(Fund fund) {
        return dsl.fetchExists(
                FUND,
                FUND.TENANT_ID
                        .eq(fund.tenant().value())
                        .and(FUND.SLUG.eq(fund.slug().value())));
    }

    /**
     * The tenant's funds that pass the filter, newest first. Ordering by the (constant) tenant as well lets H2 read
     * the rows in the order of the newest-first index instead of sorting them all; PostgreSQL sees that it is
     * constant and reads the same index either way.
     */
    private static SelectLimitStep<Record> newestFirst(DSLContext dsl, TenantId tenant, FundFilter filter) {
        return dsl.select(FundRows.COLUMNS)
                .from(FUND)
                .where(FUND.TENANT_ID.eq(tenant.value()))
                .and(FundSearch.condition(filter))
                .orderBy(FUND.TENANT_ID, FUND.CREATED_AT.desc(), FUND.ID.desc());
    }
}
