package io.fundregistry.app.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and checks the service's configuration. Names and defaults follow the reference service where it has them
 * ({@code HOST}, {@code PORT}, {@code DB_*}); the rest are this service's own. The first unusable value stops the read
 * with a {@link ConfigurationException} naming the variable and what it accepts. Only checked values are quoted back,
 * and the password is never checked, so it never appears in a message.
 */
public final class ServiceConfigReader {

    private static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private final Environment environment;

    public ServiceConfigReader(Environment environment) {
        this.environment = environment;
    }

    public ServiceConfig read() {
        StoreKind store = choice("FUND_STORE", StoreKind.EMBEDDED, StoreKind.values(), StoreKind::key);
        DatabaseConfig database = readDatabase(store);

        return new ServiceConfig(
                host(),
                integer("PORT", 8080, 1, 65_535),
                text("FUND_SOURCE", "fund-registry"),
                store,
                directory("FUND_DATA_DIR", "data"),
                database,
                bool("FUND_MIGRATE", true),
                choice("LOG_LEVEL", "INFO", LOG_LEVELS.toArray(String[]::new), level -> level),
                choice("LOG_FORMAT", LogFormat.TEXT, LogFormat.values(), LogFormat::key),
                list("CORS_ORIGINS", "*"),
                integer("MAX_REQUEST_BYTES", 65_536, 1_024, 10_485_760),
                Duration.ofSeconds(integer("SHUTDOWN_TIMEOUT_SECONDS", 20, 0, 600)),
                Duration.ofSeconds(integer("SHUTDOWN_READINESS_DELAY_SECONDS", 0, 0, 600)),
                exportCap(store, database));
    }

    private DatabaseConfig readDatabase(StoreKind store) {
        int minConnections = integer("DB_MIN_CONNECTIONS", 1, 0, 1_000);
        // With a pool of one, an export would take the only connection: exports could not be capped below the pool.
        int maxConnections = store == StoreKind.MEMORY
                ? integer("DB_MAX_CONNECTIONS", 5, 1, 1_000)
                : integer(
                        "DB_MAX_CONNECTIONS",
                        5,
                        2,
                        1_000,
                        " with FUND_STORE=" + store.key() + " (exports may never hold the last connection)");
        if (minConnections > maxConnections) {
            throw new ConfigurationException("DB_MIN_CONNECTIONS must not be above DB_MAX_CONNECTIONS ("
                    + minConnections + " > " + maxConnections + ").");
        }
        return new DatabaseConfig(
                text("DB_HOST", "localhost"),
                integer("DB_PORT", 5432, 1, 65_535),
                text("DB_DATABASE", "torque_practical_example"),
                text("DB_USER", "postgres"),
                text("DB_PASSWORD", "postgres"),
                minConnections,
                maxConnections,
                Duration.ofMillis(integer("DB_CONNECTION_TIMEOUT_MS", 1_000, 250, 30_000)));
    }

    // Exports hold a connection for as long as a download lasts, so they may never take the whole pool.
    private int exportCap(StoreKind store, DatabaseConfig database) {
        if (store == StoreKind.MEMORY) {
            return integer("MAX_CONCURRENT_EXPORTS", 2, 1, 64);
        }
        int ceiling = database.maxConnections() - 1;
        return integer("MAX_CONCURRENT_EXPORTS", Math.min(2, ceiling), 1, ceiling, " (below DB_MAX_CONNECTIONS)");
    }

    private String host() {
        String host = text("HOST", "0.0.0.0");
        if (!HostSyntax.isValid(host)) {
            throw new ConfigurationException("HOST must be an IP address or a host name of letters, digits, dots and"
                    + " hyphens, not \"" + host + "\".");
        }
        return host;
    }

    private String text(String name, String fallback) {
        return environment.get(name).orElse(fallback);
    }

    private int integer(String name, int fallback, int min, int max) {
        return integer(name, fallback, min, max, "");
    }

    /** As the plain check, with {@code condition} saying, after the range, when or why the range applies. */
    private int integer(String name, int fallback, int min, int max, String condition) {
        Optional<String> raw = environment.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // Reported below with the accepted range.
        }
        throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + condition
                + ", not \"" + raw.get() + "\".");
    }

    private boolean bool(String name, boolean fallback) {
        return choice(name, fallback ? "true" : "false", new String[] {"true", "false"}, value -> value)
                .equals("true");
    }

    private <T> T choice(String name, T fallback, T[] accepted, Function<T, String> key) {
        Optional<String> raw = environment.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        String wanted = raw.get().toLowerCase(Locale.ROOT);
        return Arrays.stream(accepted)
                .filter(candidate ->
                        key.apply(candidate).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException(name + " must be one of "
                        + Arrays.stream(accepted).map(key).collect(Collectors.joining(", ")) + ", not \"" + raw.get()
                        + "\"."));
    }

    private List<String> list(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private Path directory(String name, String fallback) {
        String raw = text(name, fallback);
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (InvalidPathException notAPath) {
            throw new ConfigurationException(name + " must be a folder path, not \"" + raw + "\".");
        }
    }
}
