package io.fundregistry.app.config;

/** Where the service keeps funds, chosen by {@code FUND_STORE}. */
public enum StoreKind {
    /** An H2 database file under the data folder: the default, with no server to install. */
    EMBEDDED,
    /** The production store, configured by the {@code DB_*} variables. */
    POSTGRES,
    /** The domain's in-memory store: nothing survives a restart. */
    MEMORY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
