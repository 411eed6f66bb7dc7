package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import java.util.Optional;

/** Reads one fund by its slug. */
public interface GetFundUseCase {

    /**
     * @return the tenant's fund with the slug, or empty when it has none
     * @throws io.fundregistry.domain.port.out.FundStoreException if the store fails
     */
    Optional<Fund> getFund(TenantId tenant, Slug slug);
}
