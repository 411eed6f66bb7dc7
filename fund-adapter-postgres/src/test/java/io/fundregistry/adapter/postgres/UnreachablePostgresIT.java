package io.fundregistry.adapter.postgres;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A pool pointed at a port where nothing listens: every operation reports the store unavailable, and soon. */
class UnreachablePostgresIT {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(300);
    private static final TenantId TENANT = TenantId.of("unreachable");

    private static DatabaseSettings settings;
    private static FundDatabase database;

    @BeforeAll
    static void open_a_pool_on_a_closed_port() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        settings = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/funds", "postgres", "", 0, 2, CONNECTION_TIMEOUT);
        database = FundDatabase.open(settings);
    }

    @AfterAll
    static void close_the_pool() {
        database.close();
    }

    @Test
    void reports_every_store_operation_as_unavailable() {
        FundStore store = database.store();

        assertUnavailable(() -> store.insert(aFund().withTenant(TENANT).build()), "Could not store the fund.");
        assertUnavailable(() -> store.findBySlug(TENANT, Slug.of("alpha")), "Could not find the fund.");
        assertUnavailable(() -> store.findNewest(TENANT, FundFilter.all(), PageLimit.DEFAULT), "Could not list funds.");
        assertUnavailable(() -> store.streamAll(TENANT, FundFilter.all()).close(), "Could not export funds.");
    }

    @Test
    void reports_a_migration_as_unavailable() {
        assertUnavailable(database::migrate, "Could not migrate the PostgreSQL database.");
    }

    @Test
    void reports_creating_the_database_as_unavailable() {
        assertUnavailable(() -> PostgresDatabaseCreator.ensureExists(settings), "Could not create the database funds.");
    }

    @Test
    void says_it_is_not_reachable_within_two_seconds() {
        long started = System.nanoTime();

        boolean reachable = database.isReachable();

        assertThat(reachable).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private static void assertUnavailable(ThrowingCallable operation, String message) {
        assertThatThrownBy(operation)
                .isInstanceOf(FundStoreUnavailableException.class)
                .hasMessage(message);
    }
}
