package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void has_no_readiness_delay_by_default() {
        assertThat(HttpSettings.defaults().readinessDelay()).isZero();
    }

    @Test
    void keeps_a_readiness_delay_and_every_other_setting() {
        HttpSettings settings = HttpSettings.defaults().withPort(9090).withReadinessDelay(Duration.ofSeconds(30));

        assertThat(settings.readinessDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.withDrainTimeout(Duration.ofSeconds(5)).readinessDelay())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refuses_a_negative_readiness_delay() {
        assertThatThrownBy(() -> HttpSettings.defaults().withReadinessDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The readiness delay must not be negative.");
    }

    @Test
    void refuses_a_missing_readiness_delay() {
        assertThatThrownBy(() -> HttpSettings.defaults().withReadinessDelay(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("readinessDelay");
    }
}
