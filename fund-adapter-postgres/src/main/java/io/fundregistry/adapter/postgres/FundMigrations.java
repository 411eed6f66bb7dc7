package io.fundregistry.adapter.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with Flyway: the scripts under {@code db/migration/common}, which both
 * databases run and from which the jOOQ classes are generated, and those under the vendor's own folder.
 */
final class FundMigrations {

    private FundMigrations() {}

    /**
     * Applies every pending migration, in version order, each in a transaction.
     *
     * @return how many migrations ran: 0 when the schema was already current
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or the applied ones differ from the scripts
     */
    static int apply(DataSource dataSource, Vendor vendor) {
        Flyway flyway = Flyway.configure(FundMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(vendor.migrationLocations().toArray(String[]::new))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
