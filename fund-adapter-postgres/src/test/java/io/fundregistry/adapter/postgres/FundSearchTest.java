package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.FundFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundSearchTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "growth|%growth%",
                "50%|%50\\%%",
                "a_b|%a\\_b%",
                "back\\slash|%back\\\\slash%",
                "!|%!%",
                "%_\\|%\\%\\_\\\\%"
            })
    void escapes_the_wildcards_and_the_escape_character(String text, String pattern) {
        assertThat(FundSearch.containsPattern(text)).isEqualTo(pattern);
    }

    @ParameterizedTest
    @CsvSource({"Alpha GROWTH, alpha growth", "ΟΔΟΣ, οδος", "Émile, émile"})
    void lowercases_names_as_the_domain_filter_does(String name, String lowercased) {
        assertThat(FundSearch.lowercase(name)).isEqualTo(lowercased);
    }

    @Test
    void has_no_pattern_for_a_filter_that_takes_every_fund() {
        assertThat(FundSearch.pattern(FundFilter.all())).isEmpty();
    }

    @Test
    void searches_with_the_lowercased_text_escaped_inside_wildcards() {
        assertThat(FundSearch.pattern(FundFilter.search("50% A_B"))).contains("%50\\% a\\_b%");
    }
}
