package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLogTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiterString = "|",
            nullValues = "NONE",
            value = {
                "limit=5|?limit",
                "limit=5&search=secret|?limit&search",
                "search|?search",
                "a=1&&b=2|?a&b",
                "=x|NONE",
                "NONE|NONE"
            })
    void keeps_query_parameter_names_and_drops_their_values(String query, String expected) {
        assertThat(AccessLog.queryKeys(query)).isEqualTo(expected);
    }
}
