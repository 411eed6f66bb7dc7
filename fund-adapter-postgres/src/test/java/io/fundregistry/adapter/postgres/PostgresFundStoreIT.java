package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.contract.FundStoreContract;
import io.fundregistry.domain.port.out.FundStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresFundStoreIT extends FundStoreContract {

    private static TestDatabase testDatabase;
    private static FundDatabase database;

    @BeforeAll
    static void open_a_migrated_database() {
        testDatabase = TestPostgres.createDatabase();
        database = FundDatabase.open(testDatabase.settings());
        database.migrate();
    }

    @AfterAll
    static void remove_the_database() {
        if (database != null) {
            database.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Override
    protected FundStore store() {
        return database.store();
    }
}
