package io.fundregistry.app.config;

/** How log lines are written, chosen by {@code LOG_FORMAT}. */
public enum LogFormat {
    /** One readable line per event. */
    TEXT,
    /** One JSON object per line, for log collectors. */
    JSON;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
