package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundIdTest {

    @Test
    void orders_ids_by_unsigned_bytes_like_the_database() {
        FundId low = FundId.parse("7fffffff-ffff-7fff-bfff-ffffffffffff");
        FundId high = FundId.parse("80000000-0000-7000-8000-000000000000");

        assertThat(low).isLessThan(high);
        assertThat(FundId.of(new UUID(0, -1L))).isGreaterThan(FundId.of(new UUID(0, 1L)));
    }
}
