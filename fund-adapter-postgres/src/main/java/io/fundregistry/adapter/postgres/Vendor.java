package io.fundregistry.adapter.postgres;

import java.util.List;
import org.jooq.SQLDialect;

/** The databases the store runs on, each with its jOOQ dialect and the migration folders it takes. */
enum Vendor {
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", SQLDialect.POSTGRES, "postgresql"),
    H2("H2", "jdbc:h2:", SQLDialect.H2, "h2");

    private static final String MIGRATIONS = "classpath:db/migration/";

    private final String displayName;
    private final String urlPrefix;
    private final SQLDialect dialect;
    private final String migrationFolder;

    Vendor(String displayName, String urlPrefix, SQLDialect dialect, String migrationFolder) {
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
        this.dialect = dialect;
        this.migrationFolder = migrationFolder;
    }

    /**
     * @throws IllegalArgumentException if the URL names another database
     */
    static Vendor of(String jdbcUrl) {
        for (Vendor vendor : values()) {
            if (jdbcUrl.regionMatches(true, 0, vendor.urlPrefix, 0, vendor.urlPrefix.length())) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("The JDBC URL must start with jdbc:postgresql: or jdbc:h2:.");
    }

    String displayName() {
        return displayName;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** The scripts both databases share, then this database's own. */
    List<String> migrationLocations() {
        return List.of(MIGRATIONS + "common", MIGRATIONS + migrationFolder);
    }
}
