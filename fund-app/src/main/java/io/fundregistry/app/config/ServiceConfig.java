package io.fundregistry.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the service is configured by, checked: a value that exists is usable. Built by {@link
 * ServiceConfigReader}.
 */
public record ServiceConfig(
        String host,
        int port,
        String source,
        StoreKind store,
        Path dataDirectory,
        DatabaseConfig database,
        boolean migrateOnStart,
        String logLevel,
        LogFormat logFormat,
        List<String> corsOrigins,
        long maxRequestBytes,
        Duration shutdownTimeout,
        Duration readinessDelay,
        int maxConcurrentExports) {}
