package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetAssetValueTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0.0000",
        "1.2345, 1.2345",
        "1.23450, 1.2345",
        "12, 12.0000",
        "9999999999999999.9999, 9999999999999999.9999"
    })
    void accepts_values_exact_at_four_decimal_places(String input, String expected) {
        assertThat(NetAssetValue.of(new BigDecimal(input)).value()).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.23456 | Must have at most 4 decimal places.",
                "-0.0001 | Must be greater than or equal to 0.",
                "10000000000000000 | Must have at most 16 digits before the decimal point.",
                "1e536870000 | Must have at most 16 digits before the decimal point.",
                "1E-536870000 | Must have at most 4 decimal places."
            })
    void refuses_values_that_break_a_rule(String input, String message) {
        assertThatThrownBy(() -> NetAssetValue.of(new BigDecimal(input)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    @Timeout(value = 1, threadMode = ThreadMode.SEPARATE_THREAD)
    void refuses_absurd_exponents_without_doing_the_arithmetic() {
        BigDecimal huge = new BigDecimal(BigInteger.valueOf(7), -Integer.MAX_VALUE);
        BigDecimal tiny = new BigDecimal(BigInteger.valueOf(7), Integer.MAX_VALUE);

        assertThatThrownBy(() -> NetAssetValue.of(huge))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must have at most 16 digits before the decimal point.");
        assertThatThrownBy(() -> NetAssetValue.of(tiny))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must have at most 4 decimal places.");
    }

    @Test
    void refuses_a_missing_value() {
        assertThatThrownBy(() -> NetAssetValue.of(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be a number.");
    }

    @ParameterizedTest
    @CsvSource({"1.2345, 3, 3.7035", "0.0001, 1000000, 100.0000"})
    void values_a_holding_exactly(String nav, long shares, String expected) {
        BigDecimal holding = NetAssetValue.parse(nav).multipliedBy(ShareCount.of(shares));

        assertThat(holding).hasToString(expected);
    }
}
