package io.fundregistry.app;

import io.fundregistry.adapter.http.ReadinessCheck;
import io.fundregistry.domain.port.out.FundStore;

/**
 * A store the service runs on, opened and migrated, with what the operator should know about it.
 *
 * @param description where the funds are kept, for the start-up log; never holds a password
 * @param resources what to close when the service stops
 */
record OpenedStore(FundStore store, ReadinessCheck readiness, String description, AutoCloseable resources) {}
