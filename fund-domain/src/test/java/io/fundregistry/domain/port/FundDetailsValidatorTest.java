package io.fundregistry.domain.port;

import static io.fundregistry.domain.contract.CreateFundCommandBuilder.aCommand;
import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundStatus;
import io.fundregistry.domain.model.Validation;
import io.fundregistry.domain.model.Violation;
import io.fundregistry.domain.port.in.CreateFundCommand;
import io.fundregistry.domain.port.in.FundDetailsValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FundDetailsValidatorTest {

    @Test
    void fills_in_the_defaults_of_optional_fields() {
        FundDetails details = validDetails(aCommand().build());

        assertThat(details.status()).isEqualTo(FundStatus.DRAFT);
        assertThat(details.showOnDashboard()).isTrue();
        assertThat(details.description().value()).isEmpty();
    }

    @Test
    void accepts_a_capacity_limit_equal_to_the_target_raise() {
        CreateFundCommand command = aCommand()
                .description("d")
                .status("open")
                .capacityLimit("100")
                .showOnDashboard(false)
                .build();

        FundDetails details = validDetails(command);

        assertThat(details.capacityLimit().amount()).hasToString("100.00");
        assertThat(details.status()).isEqualTo(FundStatus.OPEN);
        assertThat(details.showOnDashboard()).isFalse();
    }

    static Stream<Arguments> broken_commands() {
        return Stream.of(
                Arguments.of(aCommand().name(null).build(), "name", "Missing data for required field."),
                Arguments.of(aCommand().name("x".repeat(161)).build(), "name", "Length must be between 1 and 160."),
                Arguments.of(aCommand().slug(null).build(), "slug", "Missing data for required field."),
                Arguments.of(
                        aCommand().slug("Bad Slug").build(),
                        "slug",
                        "Use lowercase letters, numbers, and single hyphens."),
                Arguments.of(
                        aCommand().description("d".repeat(2_001)).build(),
                        "description",
                        "Length must be at most 2000."),
                Arguments.of(
                        aCommand().status("live").build(), "status", "Must be one of: draft, open, closed, archived."),
                Arguments.of(aCommand().targetRaise(null).build(), "targetRaise", "Missing data for required field."),
                Arguments.of(
                        aCommand().targetRaise("-1").build(), "targetRaise", "Must be greater than or equal to 0."),
                Arguments.of(
                        aCommand().targetRaise("1.001").build(), "targetRaise", "Must have at most 2 decimal places."),
                Arguments.of(
                        aCommand().capacityLimit("99.99").build(),
                        "capacityLimit",
                        "Must be greater than or equal to targetRaise."),
                Arguments.of(
                        aCommand().capacityLimit(null).build(), "capacityLimit", "Missing data for required field."),
                Arguments.of(
                        aCommand().currentNav("1.23456").build(), "currentNav", "Must have at most 4 decimal places."),
                Arguments.of(aCommand().currentNav(null).build(), "currentNav", "Missing data for required field."),
                Arguments.of(aCommand().totalShares(0L).build(), "totalShares", "Must be greater than 0."),
                Arguments.of(aCommand().totalShares(null).build(), "totalShares", "Missing data for required field."));
    }

    @ParameterizedTest
    @MethodSource("broken_commands")
    void reports_the_broken_rule_against_its_field(CreateFundCommand command, String field, String message) {
        assertThat(violationsOf(command)).containsExactly(new Violation(field, message));
    }

    @Test
    void reports_every_broken_rule_at_once_in_field_order() {
        CreateFundCommand command = new CreateFundCommand(
                "", "UPPER", null, "nope", new BigDecimal("-5"), new BigDecimal("1.005"), null, -1L, true);

        assertThat(violationsOf(command))
                .extracting(Violation::field)
                .containsExactly("name", "slug", "status", "targetRaise", "capacityLimit", "currentNav", "totalShares");
    }

    @Test
    void checks_capacity_against_target_raise_only_when_both_are_valid() {
        CreateFundCommand command =
                aCommand().targetRaise("-1").capacityLimit("0").build();

        assertThat(violationsOf(command))
                .containsExactly(new Violation("targetRaise", "Must be greater than or equal to 0."));
    }

    private static FundDetails validDetails(CreateFundCommand command) {
        Validation<FundDetails> validation = FundDetailsValidator.validate(command);
        assertThat(validation).isInstanceOf(Validation.Valid.class);
        return ((Validation.Valid<FundDetails>) validation).value();
    }

    private static List<Violation> violationsOf(CreateFundCommand command) {
        Validation<FundDetails> validation = FundDetailsValidator.validate(command);
        assertThat(validation).isInstanceOf(Validation.Invalid.class);
        return ((Validation.Invalid<FundDetails>) validation).violations();
    }
}
