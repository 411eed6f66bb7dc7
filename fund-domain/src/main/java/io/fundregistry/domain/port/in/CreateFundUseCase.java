package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.TenantId;

/** Creates a fund for a tenant. */
public interface CreateFundUseCase {

    /**
     * Checks the command against every rule of a fund and stores it when all hold.
     *
     * @throws io.fundregistry.domain.port.out.FundStoreException if the store fails
     */
    CreateFundResult createFund(TenantId tenant, CreateFundCommand command);
}
