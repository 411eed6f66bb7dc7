package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0.00",
        "0.0000, 0.00",
        "1, 1.00",
        "10.5, 10.50",
        "10.120, 10.12",
        "1e3, 1000.00",
        "1.23E+2, 123.00",
        "999999999999999999.99, 999999999999999999.99",
        "-0, 0.00"
    })
    void accepts_amounts_exact_at_two_decimal_places(String input, String expected) {
        Money money = Money.of(new BigDecimal(input));

        assertThat(money.amount()).hasToString(expected);
        assertThat(money.amount().scale()).isEqualTo(Money.SCALE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-0.01 | Must be greater than or equal to 0.",
                "-1000 | Must be greater than or equal to 0.",
                "10.123 | Must have at most 2 decimal places.",
                "0.001 | Must have at most 2 decimal places.",
                "1E-536870000 | Must have at most 2 decimal places.",
                "1000000000000000000 | Must have at most 18 digits before the decimal point.",
                "1e536870000 | Must have at most 18 digits before the decimal point."
            })
    void refuses_amounts_that_break_a_rule(String input, String message) {
        assertThatThrownBy(() -> Money.of(new BigDecimal(input)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void refuses_absurd_exponents_without_doing_the_arithmetic() {
        BigDecimal huge = new BigDecimal("9.99e999999999");
        BigDecimal tiny = new BigDecimal(BigInteger.valueOf(7), Integer.MAX_VALUE);

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThatThrownBy(() -> Money.of(huge)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Money.of(tiny)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void refuses_a_missing_amount() {
        assertThatThrownBy(() -> Money.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keeps_the_value_of_any_amount_with_at_most_two_decimal_places() {
        Random random = new Random(20261203L);

        for (int i = 0; i < 2_000; i++) {
            BigDecimal amount = new BigDecimal(
                    BigInteger.valueOf(Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L)),
                    random.nextInt(3));
            String padded = amount.toPlainString() + "0".repeat(random.nextInt(4));
            BigDecimal withTrailingZeros = new BigDecimal(padded.contains(".") ? padded : amount.toPlainString());

            Money money = Money.of(withTrailingZeros);

            assertThat(money.amount()).isEqualByComparingTo(amount);
            assertThat(money.amount().scale()).isEqualTo(2);
        }
    }

    @Test
    void refuses_any_amount_with_a_non_zero_third_decimal_place() {
        Random random = new Random(42L);

        for (int i = 0; i < 2_000; i++) {
            long cents = random.nextLong() & 0xFFFF_FFFF_FFFFL;
            int extraDigit = 1 + random.nextInt(9);
            BigDecimal amount = new BigDecimal(BigInteger.valueOf(cents * 10 + extraDigit), 3);

            assertThatThrownBy(() -> Money.of(amount))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Must have at most 2 decimal places.");
        }
    }

    @Test
    void compares_and_equals_alike_whatever_the_input_scale() {
        Money fromScaleOne = Money.of(new BigDecimal("10.5"));
        Money fromScaleThree = Money.of(new BigDecimal("10.500"));

        assertThat(fromScaleOne).isEqualTo(fromScaleThree).hasSameHashCodeAs(fromScaleThree);
        assertThat(fromScaleOne.compareTo(fromScaleThree)).isZero();
    }

    @Test
    void adds_and_subtracts_without_leaving_the_rules() {
        Money ten = Money.parse("10.25");
        Money five = Money.parse("5.50");

        assertThat(ten.plus(five)).isEqualTo(Money.parse("15.75"));
        assertThat(ten.minus(five)).isEqualTo(Money.parse("4.75"));
        assertThatThrownBy(() -> five.minus(ten)).isInstanceOf(InvalidValueException.class);
        assertThat(five.isLessThan(ten)).isTrue();
        assertThat(ten.isLessThan(five)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "abc", "1,5", "NaN", "12345678901234567890123456789012345678901234567890123456789012345"})
    void refuses_text_that_is_not_a_short_number(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be a number.");
    }
}
