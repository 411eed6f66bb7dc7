package io.fundregistry.adapter.postgres;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for one test class, opened and migrated before its first test and removed after its last.
 * Register it with {@code @RegisterExtension}: on a static field, or on an instance field of a per-class test.
 */
final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<TestDatabase> creator;
    private TestDatabase testDatabase;
    private FundDatabase database;

    MigratedDatabase(Supplier<TestDatabase> creator) {
        this.creator = creator;
    }

    FundDatabase database() {
        return database;
    }

    /** The settings the database was opened with, for opening another pool on it. */
    DatabaseSettings settings() {
        return testDatabase.settings();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        testDatabase = creator.get();
        database = FundDatabase.open(testDatabase.settings());
        database.migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (TestDatabase removed = testDatabase) {
            if (database != null) {
                database.close();
            }
        }
    }
}
