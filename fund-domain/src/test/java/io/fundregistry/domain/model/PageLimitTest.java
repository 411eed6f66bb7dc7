package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageLimitTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "50", "100", "007"})
    void reads_whole_numbers_from_one_to_one_hundred(String text) {
        assertThat(PageLimit.tryParse(text)).contains(PageLimit.of(Integer.parseInt(text)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0", "-1", "101", "1.5", "abc", " 5", "+5", "1e2", "99999999999", "٣"})
    void reads_nothing_from_anything_else(String text) {
        assertThat(PageLimit.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void refuses_to_be_built_outside_its_bounds(int value) {
        assertThatThrownBy(() -> PageLimit.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be a whole number from 1 to 100.");
    }
}
