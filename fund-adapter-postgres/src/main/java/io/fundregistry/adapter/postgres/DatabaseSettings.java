package io.fundregistry.adapter.postgres;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a database connection pool: where the database is, who connects, how many connections the pool keeps and
 * how long a caller waits for one.
 *
 * <p>Immutable. The URL names PostgreSQL ({@code jdbc:postgresql:}) or H2 ({@code jdbc:h2:}). {@link #toString()} is
 * {@link #describe()}, so the password never reaches a log by accident.
 *
 * @param jdbcUrl the JDBC URL of a PostgreSQL or H2 database
 * @param user the user to connect as
 * @param password the user's password, empty when the server needs none
 * @param minPoolSize how many idle connections the pool keeps ready, at least 0
 * @param maxPoolSize how many connections the pool opens at most, at least 1 and at least {@code minPoolSize}
 * @param connectionTimeout how long a caller waits for a free connection before the store reports itself unavailable,
 *     at least 250 ms
 */
public record DatabaseSettings(
        String jdbcUrl, String user, String password, int minPoolSize, int maxPoolSize, Duration connectionTimeout) {

    /** A request waits at most this long for a connection unless the settings say otherwise. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    // The shortest wait HikariCP accepts.
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    private static final String EMBEDDED_FILE_NAME = "fund-registry";
    private static final String EMBEDDED_USER = "sa";
    private static final int EMBEDDED_MIN_POOL_SIZE = 1;
    private static final int EMBEDDED_MAX_POOL_SIZE = 5;

    // PostgreSQL's own mode of H2, with the settings H2's documentation pairs with it. A result of more rows than
    // MAX_MEMORY_ROWS goes to a temporary file, so an export's memory stays flat. Lazy query execution would stream
    // instead, but long lazy reads meet a known MVStore fault ("Chunk ... not found").
    private static final String EMBEDDED_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;MAX_MEMORY_ROWS=10000";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * @throws IllegalArgumentException if the URL names neither PostgreSQL nor H2, or a pool size or the timeout is
     *     out of range
     * @throws NullPointerException if any part is null
     */
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Vendor.of(jdbcUrl);
        if (minPoolSize < 0) {
            throw new IllegalArgumentException("The minimum pool size must be at least 0, not " + minPoolSize + ".");
        }
        if (maxPoolSize < 1 || maxPoolSize < minPoolSize) {
            throw new IllegalArgumentException("The maximum pool size must be at least 1 and at least the minimum ("
                    + minPoolSize + "), not " + maxPoolSize + ".");
        }
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException(
                    "The connection timeout must be at least " + MIN_CONNECTION_TIMEOUT.toMillis() + " ms.");
        }
    }

    /**
     * A PostgreSQL server, waiting at most {@link #DEFAULT_CONNECTION_TIMEOUT} for a connection.
     *
     * @throws IllegalArgumentException if the host or database is blank, the port is not a TCP port or the pool sizes
     *     are out of range
     */
    public static DatabaseSettings postgres(
            String host, int port, String database, String user, String password, int minPoolSize, int maxPoolSize) {
        requireText(host, "host");
        requireText(database, "database");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The port must be from 1 to 65535, not " + port + ".");
        }
        String hostInUrl = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String url = "jdbc:postgresql://" + hostInUrl + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8);
        return new DatabaseSettings(url, user, password, minPoolSize, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
    }

    /**
     * An H2 database file in PostgreSQL mode inside the folder, created with the folder when missing.
     *
     * @throws IllegalArgumentException if the folder's path holds a character that would end the URL ({@code ;})
     */
    public static DatabaseSettings embedded(Path dataDirectory) {
        String folder = dataDirectory.toAbsolutePath().normalize().toString();
        if (folder.contains(";")) {
            throw new IllegalArgumentException("The data folder's path must not contain ';': " + folder);
        }
        String url = "jdbc:h2:file:" + Path.of(folder, EMBEDDED_FILE_NAME) + EMBEDDED_OPTIONS;
        return new DatabaseSettings(
                url, EMBEDDED_USER, "", EMBEDDED_MIN_POOL_SIZE, EMBEDDED_MAX_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
    }

    /** These settings with another connection timeout. */
    public DatabaseSettings withConnectionTimeout(Duration timeout) {
        return new DatabaseSettings(jdbcUrl, user, password, minPoolSize, maxPoolSize, timeout);
    }

    /** One line for a start-up log: the URL (any password in it masked), the user and the pool; never the password. */
    public String describe() {
        String url = PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1***");
        return url + " as " + user + ", pool " + minPoolSize + ".." + maxPoolSize + ", connection timeout "
                + connectionTimeout.toMillis() + " ms";
    }

    Vendor vendor() {
        return Vendor.of(jdbcUrl);
    }

    @Override
    public String toString() {
        return describe();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be blank.");
        }
    }
}
