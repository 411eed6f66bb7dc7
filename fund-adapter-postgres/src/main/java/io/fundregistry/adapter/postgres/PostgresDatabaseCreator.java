package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Creates a PostgreSQL database before its first use, so that a fresh server needs no manual step. The database is
 * created by the settings' own user, in the server's defaults (owner, encoding, template), and only when missing.
 */
public final class PostgresDatabaseCreator {

    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String[] MAINTENANCE_DATABASES = {"postgres", "template1"};
    private static final String CONNECT_TIMEOUT_SECONDS = "2";

    private PostgresDatabaseCreator() {}

    /**
     * Creates the database named in the settings if it is missing and the server lets the settings' user create it.
     * Does nothing for an embedded H2 database, which H2 creates on first use, nor when the URL names no database.
     *
     * @throws io.fundregistry.domain.port.out.FundStoreUnavailableException if the server cannot be reached
     * @throws FundStoreException if the database is missing and could not be created, for instance for want of the
     *     {@code CREATEDB} privilege
     */
    public static void ensureExists(DatabaseSettings settings) {
        if (settings.vendor() != Vendor.POSTGRESQL) {
            return;
        }
        Optional<String> database = PostgresUrl.databaseName(settings.jdbcUrl());
        if (database.isEmpty()) {
            return;
        }

        String operation = "Could not create the database " + database.get() + ".";
        try {
            if (!exists(settings)) {
                create(settings, database.get());
            }
        } catch (SQLException failure) {
            throw StoreFailures.of(operation, failure);
        }
    }

    private static boolean exists(DatabaseSettings settings) throws SQLException {
        try (Connection ignored = connect(settings, settings.jdbcUrl())) {
            return true;
        } catch (SQLException failure) {
            if (INVALID_CATALOG_NAME.equals(failure.getSQLState())) {
                return false;
            }
            throw failure;
        }
    }

    private static void create(DatabaseSettings settings, String database) throws SQLException {
        try (Connection maintenance = connectToMaintenanceDatabase(settings);
                Statement statement = maintenance.createStatement()) {
            statement.execute("create database " + PostgresUrl.quotedIdentifier(database));
        } catch (SQLException failure) {
            // Another instance starting at the same moment created it first.
            if (!DUPLICATE_DATABASE.equals(failure.getSQLState())) {
                throw failure;
            }
        }
    }

    private static Connection connectToMaintenanceDatabase(DatabaseSettings settings) throws SQLException {
        SQLException missing = null;
        for (String maintenance : MAINTENANCE_DATABASES) {
            try {
                return connect(settings, PostgresUrl.withDatabase(settings.jdbcUrl(), maintenance));
            } catch (SQLException failure) {
                if (!INVALID_CATALOG_NAME.equals(failure.getSQLState())) {
                    throw failure;
                }
                missing = failure;
            }
        }
        throw missing;
    }

    private static Connection connect(DatabaseSettings settings, String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("ApplicationName", ConnectionPools.APPLICATION_NAME);
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver does not accept the URL.");
        }
        return connection;
    }
}
