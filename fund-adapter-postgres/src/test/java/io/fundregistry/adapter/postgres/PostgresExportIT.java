package io.fundregistry.adapter.postgres;

class PostgresExportIT extends ExportBehaviour {

    @Override
    TestDatabase createDatabase() {
        return TestPostgres.createDatabase();
    }
}
