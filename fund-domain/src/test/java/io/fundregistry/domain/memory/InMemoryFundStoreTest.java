package io.fundregistry.domain.memory;

import io.fundregistry.domain.contract.FundStoreContract;
import io.fundregistry.domain.port.out.FundStore;

class InMemoryFundStoreTest extends FundStoreContract {

    private final InMemoryFundStore store = new InMemoryFundStore();

    @Override
    protected FundStore store() {
        return store;
    }
}
