package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.port.in.CreateFundCommand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundRequestReaderTest {

    @Test
    void reads_every_field_of_a_valid_body_without_errors() {
        FundRequestReader.Parsed parsed = parsed(FundPayload.aFund().json());

        CreateFundCommand command = parsed.command();
        assertThat(parsed.errors().isEmpty()).isTrue();
        assertThat(parsed.complete()).isTrue();
        assertThat(command.name()).isEqualTo("Alpha Fund");
        assertThat(command.slug()).isEqualTo("alpha");
        assertThat(command.status()).isEqualTo("open");
        assertThat(command.targetRaise()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(command.currentNav()).isEqualTo(new BigDecimal("1.2345"));
        assertThat(command.totalShares()).isEqualTo(1000L);
        assertThat(command.showOnDashboard()).isTrue();
    }

    @Test
    void reads_amounts_from_their_text_keeping_every_digit() {
        String body = FundPayload.aFund()
                .with("targetRaise", "12345678901234567.12")
                .with("currentNav", "0.1000")
                .json();

        CreateFundCommand command = parsed(body).command();

        assertThat(command.targetRaise()).isEqualTo(new BigDecimal("12345678901234567.12"));
        assertThat(command.currentNav()).isEqualTo(new BigDecimal("0.1000"));
    }

    static Stream<Arguments> wrong_types() {
        return Stream.of(
                Arguments.of("name", "1", FundRequestReader.NOT_A_STRING),
                Arguments.of("name", "[\"Alpha\"]", FundRequestReader.NOT_A_STRING),
                Arguments.of("slug", "{\"a\": 1}", FundRequestReader.NOT_A_STRING),
                Arguments.of("description", "false", FundRequestReader.NOT_A_STRING),
                Arguments.of("status", "2", FundRequestReader.NOT_A_STRING),
                Arguments.of("targetRaise", "\"10\"", FundRequestReader.NOT_A_NUMBER),
                Arguments.of("capacityLimit", "true", FundRequestReader.NOT_A_NUMBER),
                Arguments.of("currentNav", "[1]", FundRequestReader.NOT_A_NUMBER),
                Arguments.of("totalShares", "10.5", FundRequestReader.NOT_AN_INTEGER),
                Arguments.of("totalShares", "10.0", FundRequestReader.NOT_AN_INTEGER),
                Arguments.of("totalShares", "1e3", FundRequestReader.NOT_AN_INTEGER),
                Arguments.of("totalShares", "\"10\"", FundRequestReader.NOT_AN_INTEGER),
                Arguments.of("totalShares", "true", FundRequestReader.NOT_AN_INTEGER),
                Arguments.of("showOnDashboard", "\"true\"", FundRequestReader.NOT_A_BOOLEAN),
                Arguments.of("showOnDashboard", "1", FundRequestReader.NOT_A_BOOLEAN));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrong_types")
    void refuses_a_value_of_the_wrong_type_under_its_key(String key, String rawValue, String message) {
        FundRequestReader.Parsed parsed =
                parsed(FundPayload.aFund().with(key, rawValue).json());

        assertThat(parsed.errors().messagesFor(key)).containsExactly(message);
        assertThat(parsed.complete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "slug", "targetRaise", "capacityLimit", "currentNav", "totalShares"})
    void refuses_null_for_a_required_field(String key) {
        FundRequestReader.Parsed parsed =
                parsed(FundPayload.aFund().with(key, "null").json());

        assertThat(parsed.errors().messagesFor(key)).containsExactly(FundRequestReader.NULL_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "status", "showOnDashboard"})
    void takes_null_for_an_optional_field_as_absent(String key) {
        FundRequestReader.Parsed parsed =
                parsed(FundPayload.aFund().with(key, "null").json());

        assertThat(parsed.errors().isEmpty()).isTrue();
    }

    @Test
    void names_an_unknown_field_and_skips_its_value() {
        FundRequestReader.Parsed parsed = parsed(FundPayload.aFund()
                .with("colour", "{\"deep\": [1, 2, {\"x\": null}]}")
                .json());

        assertThat(parsed.errors().messagesFor("colour")).containsExactly(FundRequestReader.UNKNOWN);
        assertThat(parsed.command().totalShares()).isEqualTo(1000L);
    }

    @Test
    void refuses_a_field_given_twice() {
        String body = "{\"name\": \"A\", \"name\": \"B\"}";

        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor("name")).containsExactly(FundRequestReader.REPEATED);
    }

    @Test
    void refuses_a_share_count_beyond_a_long() {
        FundRequestReader.Parsed parsed = parsed(
                FundPayload.aFund().with("totalShares", "9223372036854775808").json());

        assertThat(parsed.errors().messagesFor("totalShares")).containsExactly(FundRequestReader.SHARES_TOO_LARGE);
    }

    @Test
    void refuses_an_exponent_no_decimal_can_hold() {
        FundRequestReader.Parsed parsed =
                parsed(FundPayload.aFund().with("targetRaise", "1e9999999999").json());

        assertThat(parsed.errors().messagesFor("targetRaise")).containsExactly(FundRequestReader.NOT_A_NUMBER);
    }

    @Test
    void stops_at_a_number_longer_than_any_amount_and_names_its_key() {
        String body = "{\"targetRaise\": 1" + "0".repeat(80) + ", \"name\": 5}";

        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor("targetRaise")).containsExactly("Number is too long.");
        assertThat(parsed.complete()).isFalse();
    }

    @Test
    void stops_at_a_string_longer_than_the_limit_and_names_its_key() {
        String body = "{\"description\": \"" + "x".repeat(10_001) + "\"}";

        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor("description")).containsExactly("Value is too long.");
    }

    @Test
    void refuses_a_field_name_longer_than_the_limit_without_echoing_it() {
        String body = "{\"" + "k".repeat(300) + "\": 1}";

        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor(FundRequestReader.BODY_KEY))
                .containsExactly("A field name is too long.");
    }

    @Test
    void stops_at_a_value_nested_too_deeply_and_names_its_key() {
        String body = "{\"extra\": " + "[".repeat(20) + "]".repeat(20) + "}";

        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor("extra")).contains("Value is nested too deeply.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"fund\"", "42", "null", "true"})
    void reports_a_body_that_is_json_but_not_an_object(String body) {
        FundRequestReader.Parsed parsed = parsed(body);

        assertThat(parsed.errors().messagesFor(FundRequestReader.BODY_KEY))
                .containsExactly(FundRequestReader.NOT_AN_OBJECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"name\": }", "{} {}", "{}x", "nul", "{'name': 'a'}", "{\"a\": 01}", "[1,"})
    void treats_anything_but_one_json_value_as_malformed(String body) {
        assertThat(FundRequestReader.read(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FundRequestReader.Malformed.class);
    }

    private static FundRequestReader.Parsed parsed(String body) {
        FundRequestReader.Outcome outcome = FundRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).isInstanceOf(FundRequestReader.Parsed.class);
        return (FundRequestReader.Parsed) outcome;
    }
}
