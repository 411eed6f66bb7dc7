package io.fundregistry.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the HikariCP pools for a database.
 *
 * <p>On PostgreSQL the driver keeps its defaults for server-side prepared statements: a statement becomes a named
 * server-side statement after {@code prepareThreshold=5} runs, and each connection caches up to {@code
 * preparedStatementCacheQueries=256} of them, so the store's few hot queries are parsed and planned once per
 * connection. Timeouts are short on purpose: a caller waits at most the settings' connection timeout for a connection,
 * opening one gives up after {@value #CONNECT_TIMEOUT_SECONDS} s, and a read that hears nothing for {@value
 * #SOCKET_TIMEOUT_SECONDS} s counts as a lost connection.
 */
final class ConnectionPools {

    static final String APPLICATION_NAME = "fund-registry";

    private static final int CONNECT_TIMEOUT_SECONDS = 2;
    private static final int SOCKET_TIMEOUT_SECONDS = 30;

    // Building an index on a large table may keep a migration's socket silent for minutes.
    private static final int NO_SOCKET_TIMEOUT = 0;

    // Flyway may hold a second connection for its schema history while a migration runs.
    private static final int MIGRATION_CONNECTIONS = 2;

    // Start the pool without connecting: the service may start before its database, and readiness reports the wait.
    private static final long START_WITHOUT_CONNECTING = -1;

    private ConnectionPools() {}

    /** The pool the store works through, sized by the settings. */
    static HikariDataSource forStore(DatabaseSettings settings) {
        return open(settings, "fund-store", settings.minPoolSize(), settings.maxPoolSize(), SOCKET_TIMEOUT_SECONDS);
    }

    /** A small pool for one run of the migrations, with no limit on how long a statement may take. */
    static HikariDataSource forMigrations(DatabaseSettings settings) {
        return open(settings, "fund-migrations", 0, MIGRATION_CONNECTIONS, NO_SOCKET_TIMEOUT);
    }

    private static HikariDataSource open(
            DatabaseSettings settings, String name, int minIdle, int maxSize, int socketTimeoutSeconds) {
        long timeoutMillis = settings.connectionTimeout().toMillis();

        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMinimumIdle(minIdle);
        config.setMaximumPoolSize(maxSize);
        config.setConnectionTimeout(timeoutMillis);
        config.setValidationTimeout(timeoutMillis);
        config.setInitializationFailTimeout(START_WITHOUT_CONNECTING);
        if (settings.vendor() == Vendor.POSTGRESQL) {
            config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
            config.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            config.addDataSourceProperty("socketTimeout", Integer.toString(socketTimeoutSeconds));
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }

        return new HikariDataSource(config);
    }
}
