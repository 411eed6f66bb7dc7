package io.fundregistry.domain.model;

/** The parts of a fund a person sets, each with the key that requests and violations name it by. */
public enum FundField {
    NAME("name"),
    SLUG("slug"),
    DESCRIPTION("description"),
    STATUS("status"),
    TARGET_RAISE("targetRaise"),
    CAPACITY_LIMIT("capacityLimit"),
    CURRENT_NAV("currentNav"),
    TOTAL_SHARES("totalShares"),
    SHOW_ON_DASHBOARD("showOnDashboard");

    private final String key;

    FundField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public Violation violation(String message) {
        return new Violation(key, message);
    }
}
