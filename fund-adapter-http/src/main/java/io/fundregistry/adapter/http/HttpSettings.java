package io.fundregistry.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the HTTP adapter needs to know. Immutable. The caller validates the values it reads from configuration; the
 * constructor only refuses what could never work and throws {@link IllegalArgumentException} for it (or {@link
 * NullPointerException} for a missing part).
 *
 * @param host the address to listen on, such as {@code 0.0.0.0}
 * @param port the port to listen on, 0 for any free port
 * @param source the identity written into every fund response as {@code source}
 * @param corsOrigins the browser origins allowed to call the API; {@code "*"} allows any
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param drainTimeout how long {@link FundHttpServer#close()} lets requests in flight finish
 * @param maxConcurrentExports how many CSV exports may run at once; the next gets 503
 * @param readinessDelay how long {@link FundHttpServer#close()} answers {@code /health/ready} with 503 while still
 *     serving everything else, before it stops accepting connections; zero stops at once
 */
public record HttpSettings(
        String host,
        int port,
        String source,
        List<String> corsOrigins,
        long maxRequestBytes,
        Duration drainTimeout,
        int maxConcurrentExports,
        Duration readinessDelay) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(readinessDelay, "readinessDelay");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be from 0 to 65535.");
        }
        if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The largest request body must be from 1 byte to 2 GiB.");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("The drain timeout must not be negative.");
        }
        if (maxConcurrentExports < 1) {
            throw new IllegalArgumentException("At least one export must be allowed to run.");
        }
        if (readinessDelay.isNegative()) {
            throw new IllegalArgumentException("The readiness delay must not be negative.");
        }
    }

    /**
     * Listens on 0.0.0.0:8080 as {@code fund-registry}, any origin, 64 KiB bodies, 20 s drain, 2 exports, no readiness
     * delay.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(
                "0.0.0.0", 8080, "fund-registry", List.of("*"), 64 * 1024, Duration.ofSeconds(20), 2, Duration.ZERO);
    }

    public HttpSettings withHost(String newHost) {
        return new HttpSettings(
                newHost,
                port,
                source,
                corsOrigins,
                maxRequestBytes,
                drainTimeout,
                maxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(
                host,
                newPort,
                source,
                corsOrigins,
                maxRequestBytes,
                drainTimeout,
                maxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withSource(String newSource) {
        return new HttpSettings(
                host,
                port,
                newSource,
                corsOrigins,
                maxRequestBytes,
                drainTimeout,
                maxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withCorsOrigins(List<String> newOrigins) {
        return new HttpSettings(
                host, port, source, newOrigins, maxRequestBytes, drainTimeout, maxConcurrentExports, readinessDelay);
    }

    public HttpSettings withMaxRequestBytes(long newMaxRequestBytes) {
        return new HttpSettings(
                host,
                port,
                source,
                corsOrigins,
                newMaxRequestBytes,
                drainTimeout,
                maxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withDrainTimeout(Duration newDrainTimeout) {
        return new HttpSettings(
                host,
                port,
                source,
                corsOrigins,
                maxRequestBytes,
                newDrainTimeout,
                maxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withMaxConcurrentExports(int newMaxConcurrentExports) {
        return new HttpSettings(
                host,
                port,
                source,
                corsOrigins,
                maxRequestBytes,
                drainTimeout,
                newMaxConcurrentExports,
                readinessDelay);
    }

    public HttpSettings withReadinessDelay(Duration newReadinessDelay) {
        return new HttpSettings(
                host,
                port,
                source,
                corsOrigins,
                maxRequestBytes,
                drainTimeout,
                maxConcurrentExports,
                newReadinessDelay);
    }
}
