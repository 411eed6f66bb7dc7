package io.fundregistry.domain.service;

import static io.fundregistry.domain.contract.CreateFundCommandBuilder.aCommand;
import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.memory.InMemoryFundStore;
import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.FundId;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.model.Violation;
import io.fundregistry.domain.port.in.CreateFundResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FundServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-30T23:59:59.123456789Z");
    private static final TenantId TENANT = TenantId.of("acme");

    private final InMemoryFundStore store = new InMemoryFundStore();
    private final AtomicLong sequence = new AtomicLong();
    private final FundService service = new FundService(
            store, Clock.fixed(NOW, ZoneOffset.UTC), () -> FundId.of(new UUID(0, sequence.incrementAndGet())));

    @Test
    void creates_a_fund_stamped_with_the_clock_and_the_next_id() {
        CreateFundResult result =
                service.createFund(TENANT, aCommand().slug("alpha").build());

        Fund fund = ((CreateFundResult.Created) result).fund();
        assertThat(fund.id()).isEqualTo(FundId.of(new UUID(0, 1)));
        assertThat(fund.tenant()).isEqualTo(TENANT);
        assertThat(fund.createdAt()).isEqualTo(Instant.parse("2026-06-30T23:59:59.123456Z"));
        assertThat(fund.updatedAt()).isEqualTo(fund.createdAt());
        assertThat(fund.navDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(service.getFund(TENANT, Slug.of("alpha"))).contains(fund);
    }

    @Test
    void rejects_an_invalid_command_and_stores_nothing() {
        CreateFundResult result =
                service.createFund(TENANT, aCommand().targetRaise("-1").build());

        assertThat(result)
                .isEqualTo(new CreateFundResult.Rejected(
                        List.of(new Violation("targetRaise", "Must be greater than or equal to 0."))));
        assertThat(service.listFunds(TENANT, FundFilter.all(), PageLimit.DEFAULT))
                .isEmpty();
    }

    @Test
    void reports_a_taken_slug_and_keeps_the_first_fund() {
        Fund first = ((CreateFundResult.Created)
                        service.createFund(TENANT, aCommand().name("First").build()))
                .fund();

        CreateFundResult second =
                service.createFund(TENANT, aCommand().name("Second").build());

        assertThat(second).isEqualTo(new CreateFundResult.SlugTaken(Slug.of("alpha")));
        assertThat(service.listFunds(TENANT, FundFilter.all(), PageLimit.DEFAULT))
                .containsExactly(first);
    }

    @Test
    void lists_and_exports_through_the_store() {
        service.createFund(TENANT, aCommand().slug("income").name("Income").build());
        service.createFund(TENANT, aCommand().slug("growth").name("Growth").build());

        List<Fund> listed = service.listFunds(TENANT, FundFilter.search("inc"), PageLimit.DEFAULT);
        List<Fund> exported;
        try (Stream<Fund> export = service.exportFunds(TENANT, FundFilter.all())) {
            exported = export.toList();
        }

        assertThat(listed).extracting(fund -> fund.slug().value()).containsExactly("income");
        assertThat(exported).extracting(fund -> fund.slug().value()).containsExactly("growth", "income");
    }
}
