package io.fundregistry.adapter.postgres;

class H2SchemaIT extends SchemaBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestH2.createDatabase();
    }

    @Override
    String checkViolation() {
        return "23513";
    }
}
