package io.fundregistry.adapter.postgres;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/** Reads and rewrites the database part of a PostgreSQL JDBC URL, keeping its hosts and parameters. */
final class PostgresUrl {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final String DATABASE_PROPERTY = "PGDBNAME";

    private PostgresUrl() {}

    /** The database the URL names, or empty when it names none (the server then takes the user's name). */
    static Optional<String> databaseName(String jdbcUrl) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL.");
        }
        String database = parsed.getProperty(DATABASE_PROPERTY, "");
        return database.isEmpty() ? Optional.empty() : Optional.of(database);
    }

    /** The same URL naming another database on the same server. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        String rest = base.substring(PREFIX.length());
        String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8);

        if (!rest.startsWith("//")) {
            return PREFIX + encoded + parameters;
        }
        int slash = rest.indexOf('/', 2);
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        return PREFIX + hosts + "/" + encoded + parameters;
    }

    /** The name as an SQL identifier in double quotes, safe for any characters it holds. */
    static String quotedIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
