package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundregistry.domain.memory.InMemoryFundStore;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.in.CreateFundCommand;
import io.fundregistry.domain.port.in.CreateFundResult;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.fundregistry.domain.service.FundService;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PendingFundStoreTest {

    private static final TenantId TENANT = TenantId.DEFAULT;
    private static final Slug ALPHA = Slug.of("alpha");

    private final PendingFundStore pending = new PendingFundStore();
    private final FundService funds = FundService.over(pending);

    @Test
    void answers_every_call_as_unavailable_until_the_store_is_handed_over() {
        assertStillOpening(() -> funds.createFund(TENANT, alphaCommand()));
        assertStillOpening(() -> funds.getFund(TENANT, ALPHA));
        assertStillOpening(() -> funds.listFunds(TENANT, FundFilter.all(), PageLimit.DEFAULT));
        assertStillOpening(() -> funds.exportFunds(TENANT, FundFilter.all()));
        assertThat(pending.isReady()).isFalse();
    }

    @Test
    void serves_every_call_from_the_opened_store_once_handed_over() {
        InMemoryFundStore memory = new InMemoryFundStore();
        pending.handOver(new OpenedStore(memory, () -> true, "memory", () -> {}));

        CreateFundResult created = funds.createFund(TENANT, alphaCommand());

        assertThat(created).isInstanceOf(CreateFundResult.Created.class);
        assertThat(memory.findBySlug(TENANT, ALPHA)).isPresent();
        assertThat(funds.getFund(TENANT, ALPHA)).isPresent();
        assertThat(funds.listFunds(TENANT, FundFilter.all(), PageLimit.DEFAULT)).hasSize(1);
        try (var exported = funds.exportFunds(TENANT, FundFilter.all())) {
            assertThat(exported).hasSize(1);
        }
        assertThat(pending.isReady()).isTrue();
    }

    @Test
    void is_ready_only_while_the_opened_store_is() {
        pending.handOver(new OpenedStore(new InMemoryFundStore(), () -> false, "memory", () -> {}));

        assertThat(pending.isReady()).isFalse();
    }

    private static void assertStillOpening(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(FundStoreUnavailableException.class)
                .hasMessage(PendingFundStore.STILL_OPENING);
    }

    private static CreateFundCommand alphaCommand() {
        return new CreateFundCommand(
                "Alpha",
                "alpha",
                null,
                "open",
                new BigDecimal("100.00"),
                new BigDecimal("200.00"),
                new BigDecimal("1.2345"),
                10L,
                null);
    }
}
