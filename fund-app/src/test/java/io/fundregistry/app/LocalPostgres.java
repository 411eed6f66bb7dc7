package io.fundregistry.app;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the end-to-end tests run the service against: the one named by {@code
 * FUND_TEST_POSTGRES_URL} (a JDBC URL, with {@code FUND_TEST_POSTGRES_USER} and {@code FUND_TEST_POSTGRES_PASSWORD}),
 * otherwise the one on {@code localhost:5432} as user {@code postgres}. Unlike the store's tests, these do not start a
 * container: the service under test is configured by its own variables at launch, and one server found this way
 * serves every end-to-end test.
 */
record LocalPostgres(String host, int port, String user, String password) {

    static LocalPostgres find() {
        LocalPostgres server = Optional.ofNullable(System.getenv("FUND_TEST_POSTGRES_URL"))
                .map(LocalPostgres::fromJdbcUrl)
                .orElse(new LocalPostgres("localhost", 5432, "postgres", ""));
        try (Connection ignored = server.connect("postgres")) {
            return server;
        } catch (SQLException unreachable) {
            throw new AssertionError("No PostgreSQL for the end-to-end tests at " + server.host + ":" + server.port
                    + " (" + unreachable.getMessage() + "); start one there or set FUND_TEST_POSTGRES_URL.");
        }
    }

    private static LocalPostgres fromJdbcUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new LocalPostgres(
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                Optional.ofNullable(System.getenv("FUND_TEST_POSTGRES_USER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("FUND_TEST_POSTGRES_PASSWORD"))
                        .orElse(""));
    }

    static String uniqueDatabaseName() {
        return "fund_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The service's variables for a database of this server. */
    Map<String, String> serviceVariables(String database) {
        return Map.of(
                "FUND_STORE", "postgres",
                "DB_HOST", host,
                "DB_PORT", Integer.toString(port),
                "DB_DATABASE", database,
                "DB_USER", user,
                "DB_PASSWORD", password);
    }

    boolean databaseExists(String database) throws SQLException {
        try (Connection connection = connect("postgres");
                var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, database);
            return statement.executeQuery().next();
        }
    }

    void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    void dropDatabase(String database) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database + "?connectTimeout=3", user, password);
    }
}
