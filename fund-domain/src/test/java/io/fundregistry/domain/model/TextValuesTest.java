package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextValuesTest {

    @Test
    void accepts_names_from_one_to_160_characters_counting_code_points() {
        assertThat(FundName.of("A").value()).isEqualTo("A");
        assertThat(FundName.of("x".repeat(160)).value()).hasSize(160);
        assertThat(FundName.of("\uD83D\uDCB0".repeat(160)).value()).hasSize(320);
    }

    @Test
    void refuses_names_over_160_characters() {
        assertThatThrownBy(() -> FundName.of("x".repeat(161)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Length must be between 1 and 160.");
        assertThatThrownBy(() -> FundName.of("\uD83D\uDCB0".repeat(161)))
                .hasMessage("Length must be between 1 and 160.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void refuses_blank_names(String name) {
        assertThatThrownBy(() -> FundName.of(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must not be blank.");
    }

    @Test
    void accepts_descriptions_up_to_2000_characters_and_refuses_longer() {
        assertThat(Description.of("").value()).isEmpty();
        assertThat(Description.of("d".repeat(2_000)).value()).hasSize(2_000);
        assertThatThrownBy(() -> Description.of("d".repeat(2_001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Length must be at most 2000.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "bell\u0007", "line\nbreak", "half \uD83D pair", "low \uDCB0 first"})
    void refuses_names_with_control_characters_or_broken_unicode(String name) {
        assertThatThrownBy(() -> FundName.of(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must not contain control characters or incomplete Unicode characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Two\nlines", "Tab\tseparated", "Windows\r\nline", "Coins \uD83D\uDCB0"})
    void keeps_line_breaks_tabs_and_whole_characters_in_descriptions(String text) {
        assertThat(Description.of(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "escape\u001B[0m", "half \uD83D pair"})
    void refuses_descriptions_with_other_control_characters_or_broken_unicode(String text) {
        assertThatThrownBy(() -> Description.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must not contain control characters or incomplete Unicode characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "open", "closed", "archived"})
    void knows_every_status_by_its_key(String key) {
        assertThat(FundStatus.parse(key).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Draft", "OPEN", "live", ""})
    void refuses_unknown_statuses(String key) {
        assertThatThrownBy(() -> FundStatus.parse(key))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be one of: draft, open, closed, archived.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "acme-corp", "t_1"})
    void accepts_plain_tenant_ids(String value) {
        assertThat(TenantId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "acme corp", "acme/1"})
    void refuses_other_tenant_ids(String value) {
        assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void accepts_the_longest_tenant_id_and_refuses_one_character_more() {
        String longest = "t".repeat(TenantId.MAX_LENGTH);
        String tooLong = "t".repeat(TenantId.MAX_LENGTH + 1);

        assertThat(TenantId.of(longest).value()).hasSize(64);
        assertThatThrownBy(() -> TenantId.of(tooLong))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A tenant id has 1 to 64 characters.");
    }

    @Test
    void refuses_a_share_count_of_zero_or_less() {
        assertThat(ShareCount.of(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> ShareCount.of(0)).hasMessage("Must be greater than 0.");
        assertThatThrownBy(() -> ShareCount.of(-5)).hasMessage("Must be greater than 0.");
    }
}
