package io.fundregistry.adapter.http;

/**
 * Tells whether the service can serve requests that need its store, for {@code GET /health/ready}. Called on every
 * readiness probe, so it should answer quickly; an exception counts as "not ready".
 */
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady();
}
