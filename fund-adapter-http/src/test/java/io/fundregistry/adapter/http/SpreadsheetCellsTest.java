package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiterString = "|",
            quoteCharacter = '"',
            value = {
                "=SUM(A1:A9)|'=SUM(A1:A9)",
                "+1|'+1",
                "-1|'-1",
                "@cmd|'@cmd",
                "plain|plain",
                "1000.00|1000.00",
                "a=b|a=b",
                "it's|it's"
            })
    void neutralises_only_cells_a_spreadsheet_would_run(String cell, String expected) {
        assertThat(SpreadsheetCells.inert(cell)).isEqualTo(expected);
    }

    @Test
    void neutralises_a_leading_tab_or_carriage_return() {
        assertThat(SpreadsheetCells.inert("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.inert("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCells.inert("")).isEmpty();
    }
}
