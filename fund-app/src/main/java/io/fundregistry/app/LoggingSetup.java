package io.fundregistry.app;

import io.fundregistry.app.config.ServiceConfig;

/**
 * Hands the log level and format to {@code logback.xml}. Must run before the first logger is made, since Logback reads
 * its configuration once, at that moment.
 */
final class LoggingSetup {

    private LoggingSetup() {}

    static void apply(ServiceConfig config) {
        System.setProperty("fund.log.level", config.logLevel());
        System.setProperty("fund.log.format", config.logFormat().name());
    }
}
