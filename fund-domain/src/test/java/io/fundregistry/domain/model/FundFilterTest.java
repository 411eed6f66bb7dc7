package io.fundregistry.domain.model;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundFilterTest {

    private final Fund fund =
            aFund().withName("Alpha 100% Growth").withSlug("alpha-growth").build();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void treats_a_blank_search_as_no_filter(String text) {
        assertThat(FundFilter.search(text)).isEqualTo(FundFilter.all());
        assertThat(FundFilter.search(text).searchText()).isEmpty();
    }

    @Test
    void ignores_surrounding_white_space() {
        assertThat(FundFilter.search("  growth ").searchText()).contains("growth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha", "ALPHA", "100%", "a-gro", "GROWTH"})
    void matches_name_or_slug_ignoring_case(String text) {
        assertThat(FundFilter.search(text).matches(fund)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beta", "100_", "%%", "alpha_growth"})
    void does_not_treat_wildcards_as_wildcards(String text) {
        assertThat(FundFilter.search(text).matches(fund)).isFalse();
    }

    @Test
    void refuses_search_text_over_200_characters() {
        assertThat(FundFilter.search("x".repeat(200)).searchText()).isPresent();
        assertThatThrownBy(() -> FundFilter.search("x".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be at most 200 characters.");
    }
}
