package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.TenantId;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exports on each database: a cursor keeps memory flat, and closing the stream gives the connection back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportBehaviour {

    private static final int FUNDS = 200_000;
    private static final TenantId TENANT = TenantId.of("export-test");

    // Reading every row into memory first would take well over 100 MiB for these funds; a cursor holds a few pages.
    private static final long MAX_HEAP_HELD_BY_AN_EXPORT = 32L << 20;
    private static final long MAX_HEAP_GROWTH_WHILE_READING = 16L << 20;

    private static final String SEED = "insert into fund (id, tenant_id, name, name_lower, slug, description, status,"
            + " target_raise, capacity_limit, current_nav, total_shares, show_on_dashboard, nav_date, created_at,"
            + " updated_at)"
            + " select gen_random_uuid(), ?, 'Export Fund ' || n, 'export fund ' || n, 'export-' || n,"
            + " 'A fund seeded to be exported, with a description of a realistic length.', 'open',"
            + " 1000000.00, 2500000.00, 1.2345, 1000000, true, date '2026-01-15',"
            + " timestamp with time zone '2026-01-15 09:30:00+00' + n * interval '1' second,"
            + " timestamp with time zone '2026-01-15 09:30:00+00' + n * interval '1' second"
            + " from generate_series(1, ?) as s(n)";

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::createDatabase);

    abstract TestDatabase createDatabase();

    @BeforeAll
    void open_a_database_with_many_funds() throws SQLException {
        try (Connection connection = migrated.database().dataSource().getConnection();
                PreparedStatement seed = connection.prepareStatement(SEED)) {
            seed.setString(1, TENANT.value());
            seed.setInt(2, FUNDS);
            seed.executeUpdate();
        }
    }

    @Test
    void exports_two_hundred_thousand_funds_newest_first_in_flat_memory() {
        long heapBefore = usedHeapAfterGc();
        long heapAtOneTenth = 0;
        long heapAtNineTenths = 0;
        int exported = 0;
        int outOfOrder = 0;

        try (Stream<Fund> export = migrated.database().store().streamAll(TENANT, FundFilter.all())) {
            Instant previous = Instant.MAX;
            for (Iterator<Fund> funds = export.iterator(); funds.hasNext(); ) {
                Fund fund = funds.next();
                exported++;
                if (fund.createdAt().isAfter(previous)) {
                    outOfOrder++;
                }
                previous = fund.createdAt();
                if (exported == FUNDS / 10) {
                    heapAtOneTenth = usedHeapAfterGc();
                }
                if (exported == FUNDS / 10 * 9) {
                    heapAtNineTenths = usedHeapAfterGc();
                }
            }
        }

        assertThat(exported).isEqualTo(FUNDS);
        assertThat(outOfOrder).isZero();
        assertThat(heapAtOneTenth - heapBefore)
                .as("heap held by the export after %d funds", FUNDS / 10)
                .isLessThan(MAX_HEAP_HELD_BY_AN_EXPORT);
        assertThat(heapAtNineTenths - heapAtOneTenth)
                .as("heap growth from %d to %d funds", FUNDS / 10, FUNDS / 10 * 9)
                .isLessThan(MAX_HEAP_GROWTH_WHILE_READING);
    }

    @Test
    void gives_its_connection_back_when_closed_early() {
        Stream<Fund> export = migrated.database().store().streamAll(TENANT, FundFilter.search("export"));
        Iterator<Fund> funds = export.iterator();
        for (int read = 0; read < 10; read++) {
            funds.next();
        }
        assertThat(migrated.database().activeConnections()).isEqualTo(1);

        export.close();

        assertThat(activeConnectionsWithin(Duration.ofSeconds(5))).isZero();
        assertThat(migrated.database().store().findNewest(TENANT, FundFilter.all(), PageLimit.of(1)))
                .hasSize(1);
    }

    @Test
    void gives_its_connection_back_when_read_to_the_end() {
        try (Stream<Fund> export =
                migrated.database().store().streamAll(TENANT, FundFilter.search("export fund 19999"))) {
            assertThat(export).hasSize(11);
        }

        assertThat(activeConnectionsWithin(Duration.ofSeconds(5))).isZero();
    }

    private int activeConnectionsWithin(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (migrated.database().activeConnections() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return migrated.database().activeConnections();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
