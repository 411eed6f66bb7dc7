package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTest {

    private static final Handler NOTHING = ctx -> {};
    private static final Route FUND = Route.at("/v1.0/funds/{slug}").get(NOTHING);

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/funds/alpha", "/v1.0/funds/alpha/", "/v1.0/funds/ANY-thing"})
    void matches_any_one_segment_for_a_parameter(String path) {
        assertThat(FUND.matches(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1.0/funds", "/v1.0/funds/", "/v1.0/funds/a/b", "/v2.0/funds/a", "/v1.0/funds//"})
    void does_not_match_other_paths(String path) {
        assertThat(FUND.matches(path)).isFalse();
    }

    @Test
    void allows_its_methods_then_options() {
        Route funds = Route.at("/v1.0/funds").get(NOTHING).post(NOTHING);

        assertThat(funds.allowedMethods()).isEqualTo("GET, POST, OPTIONS");
    }
}
