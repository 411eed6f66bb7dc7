package io.fundregistry.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the HikariCP pool for a database.
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

    private static final String POOL_NAME = "fund-store";
    private static final int CONNECT_TIMEOUT_SECONDS = 2;
    private static final int SOCKET_TIMEOUT_SECONDS = 30;

    // Start the pool without connecting: the service may start before its database, and readiness reports the wait.
    private static final long START_WITHOUT_CONNECTING = -1;

    private ConnectionPools() {}

    static HikariDataSource open(DatabaseSettings settings) {
        long timeoutMillis = settings.connectionTimeout().toMillis();

        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMinimumIdle(settings.minPoolSize());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(timeoutMillis);
        config.setValidationTimeout(timeoutMillis);
        config.setInitializationFailTimeout(START_WITHOUT_CONNECTING);
        if (settings.vendor() == Vendor.POSTGRESQL) {
            config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
            config.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            config.addDataSourceProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }

        return new HikariDataSource(config);
    }
}
