package io.fundregistry.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a PostgreSQL server for the tests and gives each test class a fresh database on it ({@code fund_test_...}),
 * dropped when the class is done, so that runs never see each other's rows.
 *
 * <p>The server is, in this order: the one named by {@value #URL_VARIABLE} (with {@value #USER_VARIABLE} and {@value
 * #PASSWORD_VARIABLE}), a Testcontainers container where a Docker engine answers, or one on {@code localhost:5432} with
 * user {@code postgres}. With none of them the tests fail, saying how to provide one.
 */
final class TestPostgres {

    static final String URL_VARIABLE = "FUND_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "FUND_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "FUND_TEST_POSTGRES_PASSWORD";

    static final String HOW_TO_PROVIDE = "No PostgreSQL server for the tests: set " + URL_VARIABLE + " (and "
            + USER_VARIABLE + ", " + PASSWORD_VARIABLE + " if it needs them), start a Docker engine for Testcontainers,"
            + " or run PostgreSQL on localhost:5432 with user postgres allowed to create databases.";

    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static final String LOCAL_USER = "postgres";
    private static final String CONTAINER_IMAGE = "postgres:16-alpine";
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_POOL_SIZE = 10;

    private static Server server;

    private TestPostgres() {}

    /**
     * A new, empty database on the test server.
     *
     * @throws IllegalStateException if no server can be found
     */
    static TestDatabase createDatabase() {
        return createDatabase("fund_test_");
    }

    /** A new, empty database whose name is the prefix followed by random characters. */
    static synchronized TestDatabase createDatabase(String prefix) {
        if (server == null) {
            server = findServer();
        }
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DatabaseSettings settings = new DatabaseSettings(
                PostgresUrl.withDatabase(server.url(), name),
                server.user(),
                server.password(),
                0,
                MAX_POOL_SIZE,
                CONNECTION_TIMEOUT);

        PostgresDatabaseCreator.ensureExists(settings);

        return new CreatedDatabase(server, name, settings);
    }

    private static Server findServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Server(url, environment(USER_VARIABLE, LOCAL_USER), environment(PASSWORD_VARIABLE, ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return startContainer();
        }
        Server local = new Server(LOCAL_URL, LOCAL_USER, "");
        if (answers(local)) {
            return local;
        }
        throw new IllegalStateException(HOW_TO_PROVIDE);
    }

    @SuppressWarnings("resource") // Testcontainers stops the container when the test JVM ends.
    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static boolean answers(Server candidate) {
        try (Connection ignored = candidate.connect()) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }

    private record Server(String url, String user, String password) {

        Connection connect() throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("connectTimeout", "2");
            Connection connection = new Driver().connect(url, properties);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL URL: " + url);
            }
            return connection;
        }

        @Override
        public String toString() {
            return url + " as " + user;
        }
    }

    private record CreatedDatabase(Server server, String name, DatabaseSettings settings) implements TestDatabase {

        @Override
        public void close() {
            try (Connection connection = server.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + PostgresUrl.quotedIdentifier(name));
            } catch (SQLException failure) {
                throw new IllegalStateException("Could not drop the test database " + name + ".", failure);
            }
        }
    }
}
