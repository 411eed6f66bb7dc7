package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class H2SchemaIT extends SchemaBehaviour {

    private static final String HIGH = "\uD83D";
    private static final String LOW = "\uDCB0";
    private static final String WHOLE_PAIR = literal(HIGH + LOW);

    @Override
    TestDatabase createDatabase() {
        return TestH2.createDatabase();
    }

    @Override
    String checkViolation() {
        return "23513";
    }

    // PostgreSQL cannot hold these characters at all; H2 would keep them as given.
    @ParameterizedTest(name = "{0}")
    @MethodSource("textsOnlyH2CouldKeep")
    void refuses_text_that_only_h2_could_keep(String rule, String column, String kept, String refused) {
        assertThatCode(() -> insertRow(column, kept)).doesNotThrowAnyException();
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> insertRow(column, refused))
                .satisfies(refusal -> assertThat(refusal.getSQLState()).isEqualTo(checkViolation()));
    }

    static Stream<Arguments> textsOnlyH2CouldKeep() {
        return Stream.of(
                Arguments.of("name without a high surrogate alone", "name", WHOLE_PAIR, literal(HIGH)),
                Arguments.of("name without a low surrogate alone", "name", WHOLE_PAIR, literal(LOW)),
                Arguments.of("name without NUL", "name", "'Fund 0'", literal("Fund \u0000")),
                Arguments.of("description without a high surrogate alone", "description", WHOLE_PAIR, literal(HIGH)),
                Arguments.of("description without a low surrogate alone", "description", WHOLE_PAIR, literal(LOW)),
                Arguments.of("description without NUL", "description", "'Nothing'", literal("Nothing \u0000")));
    }
}
