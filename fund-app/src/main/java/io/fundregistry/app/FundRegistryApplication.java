package io.fundregistry.app;

import io.fundregistry.app.config.ConfigurationException;
import io.fundregistry.app.config.Environment;
import io.fundregistry.app.config.ServiceConfig;
import io.fundregistry.app.config.ServiceConfigReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the fund registry service from its environment; see the README for every variable. */
public final class FundRegistryApplication {

    /** Status for a configuration that cannot be used, so supervisors can tell it from a crash. */
    static final int BAD_CONFIGURATION = 2;

    static final int START_UP_FAILED = 1;

    private FundRegistryApplication() {}

    public static void main(String[] args) {
        long started = System.nanoTime();

        ServiceConfig config;
        try {
            config = new ServiceConfigReader(Environment.load()).read();
        } catch (ConfigurationException bad) {
            System.err.println("Configuration error: " + bad.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        LoggingSetup.apply(config);

        Logger log = LoggerFactory.getLogger(FundRegistryApplication.class);
        try {
            RunningService service = RunningService.start(config);
            ShutdownSignals.install(service);
            log.info(StartupSummary.of(config, service, System.nanoTime() - started));
        } catch (RuntimeException failure) {
            log.error("Start-up failed: {}", failure.getMessage(), failure);
            System.exit(START_UP_FAILED);
        }
    }
}
