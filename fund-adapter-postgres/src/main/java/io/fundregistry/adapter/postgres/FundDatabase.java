package io.fundregistry.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open database holding funds: its connection pool, its migrations and the {@link FundStore} on top of them, on
 * PostgreSQL or on an embedded H2 file in PostgreSQL mode.
 *
 * <p>Opening creates the pool without connecting, so an application can start before its database does; {@link
 * #migrate()} then brings the schema up to date. The store is safe for concurrent use and lives as long as this object:
 * {@link #close()} closes the pool, after which the store fails with {@link FundStoreException}.
 */
public final class FundDatabase implements AutoCloseable {

    // Long enough for a healthy server on a busy machine, short enough for a readiness probe.
    private static final int VALIDITY_CHECK_SECONDS = 1;

    private final DatabaseSettings settings;
    private final Vendor vendor;
    private final HikariDataSource pool;
    private final FundStatements statements;
    private final SqlFundStore store;

    private FundDatabase(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.vendor = settings.vendor();
        this.pool = pool;
        this.statements = FundStatements.renderedFor(DSL.using(vendor.dialect(), jooqSettings()), vendor);
        this.store = SqlFundStore.open(pool, statements);
    }

    /**
     * Creates the connection pool for the settings. Neither connects nor migrates.
     *
     * @throws IllegalArgumentException if the pool cannot be configured from the settings
     */
    public static FundDatabase open(DatabaseSettings settings) {
        return new FundDatabase(settings, ConnectionPools.forStore(settings));
    }

    /**
     * Applies the pending schema migrations; when the schema is current this changes nothing. Migrations run on
     * connections of their own that, unlike the store's, let a long statement (building an index on a large table)
     * take as long as it needs.
     *
     * @throws io.fundregistry.domain.port.out.FundStoreUnavailableException if the database cannot be reached
     * @throws FundStoreException if a migration fails or the applied migrations differ from the scripts
     */
    public void migrate() {
        String operation = "Could not migrate the " + vendor.displayName() + " database.";
        if (pool.isClosed()) {
            throw new FundStoreException(operation, new IllegalStateException("The database is closed."));
        }
        try (HikariDataSource migrations = ConnectionPools.forMigrations(settings)) {
            FundMigrations.apply(migrations, vendor);
        } catch (RuntimeException failure) {
            throw StoreFailures.of(operation, failure);
        }
    }

    /** The store on this database; the same instance on every call. */
    public FundStore store() {
        return store;
    }

    /**
     * Whether a connection can be had and answers a validity check now. Never throws, and gives up after about the
     * connection timeout plus one second.
     */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(VALIDITY_CHECK_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    /** {@code "PostgreSQL"} or {@code "H2"}. */
    public String vendor() {
        return vendor.displayName();
    }

    /**
     * Waits for the inserts the store has accepted to be written, then closes the pool and every connection in it;
     * calling it again does nothing.
     */
    @Override
    public void close() {
        store.close();
        pool.close();
    }

    DataSource dataSource() {
        return pool;
    }

    FundStatements statements() {
        return statements;
    }

    Vendor vendorType() {
        return vendor;
    }

    int activeConnections() {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }

    private static Settings jooqSettings() {
        return new Settings()
                .withRenderCatalog(false)
                .withRenderSchema(false)
                .withExecuteWithOptimisticLocking(false)
                .withExecuteLogging(false)
                .withFetchWarnings(false)
                .withAttachRecords(false);
    }
}
