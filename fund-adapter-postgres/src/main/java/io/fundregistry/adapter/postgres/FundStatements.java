package io.fundregistry.adapter.postgres;

import static io.fundregistry.adapter.postgres.jooq.Tables.FUND;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;

/**
 * The store's SQL, written once with jOOQ against the generated schema and rendered once per database at start-up.
 * Rendering a query costs far more than running it on an index, so the hot paths execute these strings as prepared
 * statements instead of building a jOOQ query per call. Placeholders, in order:
 *
 * <ul>
 *   <li>{@link #findBySlug}: tenant, slug
 *   <li>{@link #newest}: tenant, limit; {@link #newestMatching}: tenant, pattern, pattern, limit
 *   <li>{@link #exportAll}: tenant; {@link #exportMatching}: tenant, pattern, pattern
 *   <li>{@link #insert}: the columns of {@link FundRows#INSERTED}, in order
 *   <li>{@link #slugExists}: tenant, slug
 * </ul>
 *
 * Patterns are {@link FundSearch#containsPattern} of the lowercased search text.
 */
record FundStatements(
        String findBySlug,
        String newest,
        String newestMatching,
        String exportAll,
        String exportMatching,
        String insert,
        String slugExists) {

    static FundStatements renderedFor(DSLContext dsl, Vendor vendor) {
        Param<String> tenant = DSL.param("tenant", FUND.TENANT_ID.getDataType());
        Param<String> slug = DSL.param("slug", FUND.SLUG.getDataType());
        Param<String> pattern = DSL.param("pattern", FUND.NAME_LOWER.getDataType());
        Param<Integer> limit = DSL.param("limit", Integer.class);
        Condition matching =
                FUND.NAME_LOWER.like(pattern, FundSearch.ESCAPE).or(FUND.SLUG.like(pattern, FundSearch.ESCAPE));

        return new FundStatements(
                dsl.render(dsl.select(FundRows.COLUMNS)
                        .from(FUND)
                        .where(FUND.TENANT_ID.eq(tenant))
                        .and(FUND.SLUG.eq(slug))),
                dsl.render(newestFirst(ofTenant(dsl, tenant)).limit(limit)),
                dsl.render(newestFirst(ofTenant(dsl, tenant).and(matching)).limit(limit)),
                dsl.render(newestFirst(ofTenant(dsl, tenant))),
                dsl.render(newestFirst(ofTenant(dsl, tenant).and(matching))),
                dsl.render(insert(dsl, vendor)),
                dsl.render(dsl.selectOne()
                        .from(FUND)
                        .where(FUND.TENANT_ID.eq(tenant))
                        .and(FUND.SLUG.eq(slug))));
    }

    private static SelectConditionStep<Record> ofTenant(DSLContext dsl, Param<String> tenant) {
        return dsl.select(FundRows.COLUMNS).from(FUND).where(FUND.TENANT_ID.eq(tenant));
    }

    /**
     * Newest first. Ordering by the (constant) tenant as well lets H2 read the rows in the order of the newest-first
     * index instead of sorting them all; PostgreSQL sees that it is constant and reads the same index either way.
     */
    private static SelectLimitStep<Record> newestFirst(SelectConditionStep<Record> query) {
        return query.orderBy(FUND.TENANT_ID, FUND.CREATED_AT.desc(), FUND.ID.desc());
    }

    // PostgreSQL settles a taken slug inside the statement; H2 lacks ON CONFLICT and reports a unique violation.
    private static Query insert(DSLContext dsl, Vendor vendor) {
        Field<?>[] columns = FundRows.INSERTED.toArray(Field<?>[]::new);
        Param<?>[] values = FundRows.INSERTED.stream()
                .map(column -> DSL.param(column.getName(), column.getDataType()))
                .toArray(Param<?>[]::new);
        var insert = dsl.insertInto(FUND).columns(columns).values(values);
        return vendor == Vendor.POSTGRESQL
                ? insert.onConflict(FUND.TENANT_ID, FUND.SLUG).doNothing()
                : insert;
    }
}
