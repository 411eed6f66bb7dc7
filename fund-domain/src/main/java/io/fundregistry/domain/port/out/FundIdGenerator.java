package io.fundregistry.domain.port.out;

import io.fundregistry.domain.model.FundId;

/** Hands out new fund ids. Injected, so tests can make ids predictable. */
@FunctionalInterface
public interface FundIdGenerator {

    /** A new id, never handed out before. */
    FundId next();
}
