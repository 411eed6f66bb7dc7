package io.fundregistry.app.config;

import java.time.Duration;

/**
 * How to reach PostgreSQL and how large a pool to keep. The password is never part of {@link #toString()}.
 *
 * @param connectionTimeout how long a request may wait for a pooled connection before it is answered 503
 */
public record DatabaseConfig(
        String host,
        int port,
        String database,
        String user,
        String password,
        int minConnections,
        int maxConnections,
        Duration connectionTimeout) {

    @Override
    public String toString() {
        return "DatabaseConfig[" + user + "@" + host + ":" + port + "/" + database + ", pool " + minConnections + ".."
                + maxConnections + "]";
    }
}
