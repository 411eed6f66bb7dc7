package io.fundregistry.app;

import io.fundregistry.adapter.postgres.DatabaseSettings;
import io.fundregistry.adapter.postgres.FundDatabase;
import io.fundregistry.adapter.postgres.PostgresDatabaseCreator;
import io.fundregistry.app.config.DatabaseConfig;
import io.fundregistry.app.config.ServiceConfig;
import io.fundregistry.domain.memory.InMemoryFundStore;

/** Opens the store that {@code FUND_STORE} names, creating and migrating its database where it has one. */
final class StoreOpener {

    private StoreOpener() {}

    static OpenedStore open(ServiceConfig config) {
        return switch (config.store()) {
            case MEMORY -> new OpenedStore(new InMemoryFundStore(), () -> true, "memory (nothing is kept)", () -> {});
            case EMBEDDED -> openDatabase(config, embeddedSettings(config));
            case POSTGRES -> {
                DatabaseSettings settings = postgresSettings(config.database());
                PostgresDatabaseCreator.ensureExists(settings);
                yield openDatabase(config, settings);
            }
        };
    }

    private static OpenedStore openDatabase(ServiceConfig config, DatabaseSettings settings) {
        FundDatabase database = FundDatabase.open(settings);
        try {
            if (config.migrateOnStart()) {
                database.migrate();
            }
            String description = config.store().key() + " at " + settings.describe();
            return new OpenedStore(database.store(), database::isReachable, description, database);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    private static DatabaseSettings embeddedSettings(ServiceConfig config) {
        DatabaseConfig pool = config.database();
        DatabaseSettings file = DatabaseSettings.embedded(config.dataDirectory());
        return new DatabaseSettings(
                file.jdbcUrl(),
                file.user(),
                file.password(),
                pool.minConnections(),
                pool.maxConnections(),
                pool.connectionTimeout());
    }

    private static DatabaseSettings postgresSettings(DatabaseConfig database) {
        return DatabaseSettings.postgres(
                        database.host(),
                        database.port(),
                        database.database(),
                        database.user(),
                        database.password(),
                        database.minConnections(),
                        database.maxConnections())
                .withConnectionTimeout(database.connectionTimeout());
    }
}
