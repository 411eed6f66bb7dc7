package io.fundregistry.app.config;

/** The service's configuration is unusable. The message is one line naming the variable and what it accepts. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
