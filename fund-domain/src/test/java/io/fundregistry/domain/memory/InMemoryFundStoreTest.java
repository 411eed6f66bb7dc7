package io.fundregistry.domain.memory;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.contract.FundStoreContract;
import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryFundStoreTest extends FundStoreContract {

    private final InMemoryFundStore store = new InMemoryFundStore();

    @Override
    protected FundStore store() {
        return store;
    }

    @Test
    void reading_unknown_tenants_leaves_the_tenant_count_unchanged() {
        store.insert(aFund().withTenant(TenantId.of("known")).build());

        for (int i = 0; i < 1_000; i++) {
            TenantId unknown = TenantId.of("unknown-" + i);
            store.findBySlug(unknown, Slug.of("alpha"));
            store.findNewest(unknown, FundFilter.all(), PageLimit.DEFAULT);
            try (Stream<Fund> funds = store.streamAll(unknown, FundFilter.all())) {
                funds.forEach(fund -> {});
            }
        }

        assertThat(store.tenantCount()).isEqualTo(1);
    }

    @Test
    void counts_a_tenant_once_it_has_inserted_a_fund() {
        TenantId newcomer = TenantId.of("newcomer");
        store.findBySlug(newcomer, Slug.of("alpha"));

        store.insert(aFund().withTenant(newcomer).withSlug("alpha").build());

        assertThat(store.tenantCount()).isEqualTo(1);
        assertThat(store.findBySlug(newcomer, Slug.of("alpha"))).isPresent();
    }
}
