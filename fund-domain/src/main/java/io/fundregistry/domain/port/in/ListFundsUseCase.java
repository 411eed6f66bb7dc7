package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.TenantId;
import java.util.List;

/** Lists a tenant's newest funds. */
public interface ListFundsUseCase {

    /**
     * @return at most {@code limit} funds that pass the filter, newest first; funds created at the same instant are
     *     ordered by id, highest first
     * @throws io.fundregistry.domain.port.out.FundStoreException if the store fails
     */
    List<Fund> listFunds(TenantId tenant, FundFilter filter, PageLimit limit);
}
