package io.fundregistry.adapter.postgres;

/** An empty database that belongs to one test class, removed again when closed. */
interface TestDatabase extends AutoCloseable {

    DatabaseSettings settings();

    @Override
    void close();
}
