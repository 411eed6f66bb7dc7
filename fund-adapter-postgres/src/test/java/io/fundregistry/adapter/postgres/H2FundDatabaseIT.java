package io.fundregistry.adapter.postgres;

class H2FundDatabaseIT extends FundDatabaseBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestH2.createDatabase();
    }

    @Override
    String expectedVendor() {
        return "H2";
    }

    @Override
    boolean settlesTakenSlugsInBatches() {
        return false;
    }
}
