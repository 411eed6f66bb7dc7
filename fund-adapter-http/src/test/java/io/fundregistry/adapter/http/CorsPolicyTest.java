package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void allows_every_origin_with_a_star() {
        CorsPolicy any = new CorsPolicy(List.of("*"));

        assertThat(any.allowOriginFor("https://anywhere.example")).isEqualTo("*");
        assertThat(any.variesByOrigin()).isFalse();
    }

    @Test
    void echoes_a_listed_origin_and_refuses_others() {
        CorsPolicy listed = new CorsPolicy(List.of("https://app.example"));

        assertThat(listed.allowOriginFor("https://app.example")).isEqualTo("https://app.example");
        assertThat(listed.allowOriginFor("https://evil.example")).isNull();
        assertThat(listed.variesByOrigin()).isTrue();
    }

    @Test
    void adds_nothing_without_an_origin() {
        assertThat(new CorsPolicy(List.of("*")).allowOriginFor(null)).isNull();
    }
}
