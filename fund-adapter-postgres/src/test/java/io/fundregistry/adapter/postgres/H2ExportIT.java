package io.fundregistry.adapter.postgres;

class H2ExportIT extends ExportBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestH2.createDatabase();
    }
}
