package io.fundregistry.domain.model;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundTest {

    private static final FundId ID = FundId.of(UUID.fromString("0190b6f8-1c2d-7e3f-8a4b-5c6d7e8f9a0b"));
    private static final Instant CREATED = Instant.parse("2026-02-01T10:00:00Z");
    private static final LocalDate NAV_DATE = LocalDate.parse("2026-02-01");

    @Test
    void refuses_an_update_instant_before_the_creation_instant() {
        FundDetails details = aFund().buildDetails();
        Instant justBefore = CREATED.minusNanos(1);

        assertThatThrownBy(() -> new Fund(ID, TenantId.DEFAULT, details, NAV_DATE, CREATED, justBefore))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A fund cannot be updated before it was created.");
    }

    @Test
    void accepts_an_update_instant_at_or_after_the_creation_instant() {
        FundDetails details = aFund().buildDetails();

        Fund unchanged = new Fund(ID, TenantId.DEFAULT, details, NAV_DATE, CREATED, CREATED);
        Fund updated = new Fund(ID, TenantId.DEFAULT, details, NAV_DATE, CREATED, CREATED.plusNanos(1));

        assertThat(unchanged.updatedAt()).isEqualTo(CREATED);
        assertThat(updated.updatedAt()).isAfter(CREATED);
    }
}
