package io.fundregistry.adapter.postgres;

class PostgresFundDatabaseIT extends FundDatabaseBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestPostgres.createDatabase();
    }

    @Override
    String expectedVendor() {
        return "PostgreSQL";
    }

    @Override
    boolean settlesTakenSlugsInBatches() {
        return true;
    }
}
