package io.fundregistry.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.FundId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedFundIdsTest {

    @Test
    void makes_version_7_ids_carrying_the_clock_millis() {
        Instant now = Instant.parse("2026-12-03T10:15:30.250Z");
        TimeOrderedFundIds ids = new TimeOrderedFundIds(Clock.fixed(now, ZoneOffset.UTC), () -> new Random(1));

        UUID id = ids.next().value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    void sorts_ids_made_later_higher() {
        Instant now = Instant.parse("2026-12-03T10:15:30Z");
        FundId earlier = new TimeOrderedFundIds(Clock.fixed(now, ZoneOffset.UTC), () -> new Random(2)).next();
        FundId later =
                new TimeOrderedFundIds(Clock.fixed(now.plusMillis(1), ZoneOffset.UTC), () -> new Random(3)).next();

        assertThat(later).isGreaterThan(earlier);
    }
}
