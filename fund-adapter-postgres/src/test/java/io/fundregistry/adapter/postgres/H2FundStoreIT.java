package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.contract.FundStoreContract;
import io.fundregistry.domain.port.out.FundStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2FundStoreIT extends FundStoreContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase(TestH2::createDatabase);

    @Override
    protected FundStore store() {
        return DATABASE.database().store();
    }
}
