package io.fundregistry.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    private static final String SLUG_SHAPE = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "alpha", "global-equity-2", "a-b-c", "2026"})
    void accepts_lowercase_groups_joined_by_single_hyphens(String value) {
        assertThat(Slug.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alpha", "-alpha", "alpha-", "al--pha", "al pha", "al_pha", "alpha!", "ålpha", "-"})
    void refuses_anything_else(String value) {
        assertThatThrownBy(() -> Slug.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Use lowercase letters, numbers, and single hyphens.");
    }

    @Test
    void accepts_the_longest_slug_and_refuses_one_character_more() {
        assertThat(Slug.of("a".repeat(180)).value()).hasSize(180);
        assertThatThrownBy(() -> Slug.of("a".repeat(181)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Length must be between 1 and 180.");
    }

    @Test
    void refuses_an_empty_or_missing_slug() {
        assertThatThrownBy(() -> Slug.of("")).hasMessage("Length must be between 1 and 180.");
        assertThatThrownBy(() -> Slug.of(null)).hasMessage("Must be a string.");
    }

    @Test
    void agrees_with_the_reference_pattern_on_random_text() {
        Random random = new Random(7L);
        String alphabet = "ab09-Z_ ";

        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();

            assertThat(Slug.tryParse(candidate).isPresent()).as(candidate).isEqualTo(candidate.matches(SLUG_SHAPE));
        }
    }
}
