package io.fundregistry.adapter.postgres;

class PostgresSchemaIT extends SchemaBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestPostgres.createDatabase();
    }

    @Override
    String checkViolation() {
        return "23514";
    }
}
