package io.fundregistry.app;

import io.fundregistry.app.config.ServiceConfig;
import java.util.Optional;

/** The one line an operator reads to know what started, where, and how fast. */
final class StartupSummary {

    private StartupSummary() {}

    static String of(ServiceConfig config, RunningService service, long elapsedNanos) {
        String version = Optional.ofNullable(
                        FundRegistryApplication.class.getPackage().getImplementationVersion())
                .orElse("development");
        return "Fund registry " + version + " ready in " + elapsedNanos / 1_000_000 + " ms: listening on http://"
                + config.host() + ":" + service.port() + ", store " + service.storeDescription() + ", source "
                + config.source() + ", at most " + config.maxConcurrentExports() + " concurrent exports, shutdown "
                + "timeout " + config.shutdownTimeout().toSeconds() + " s, log "
                + config.logFormat().key() + "/"
                + config.logLevel() + ", Java " + Runtime.version();
    }
}
