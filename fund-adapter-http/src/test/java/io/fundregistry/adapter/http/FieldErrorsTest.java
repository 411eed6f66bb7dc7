package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void writes_fund_fields_in_their_order_then_other_keys_as_found() throws Exception {
        FieldErrors errors = new FieldErrors();
        errors.add("zebra", "Unknown field.");
        errors.add("totalShares", "Must be greater than 0.");
        errors.add("name", "Not a valid string.");
        errors.add("name", "Second.");

        StringWriter out = new StringWriter();
        try (var json = Json.FACTORY.createGenerator(out)) {
            errors.writeTo(json);
        }

        assertThat(out.toString())
                .isEqualTo("{\"name\":[\"Not a valid string.\",\"Second.\"],"
                        + "\"totalShares\":[\"Must be greater than 0.\"],\"zebra\":[\"Unknown field.\"]}");
    }
}
