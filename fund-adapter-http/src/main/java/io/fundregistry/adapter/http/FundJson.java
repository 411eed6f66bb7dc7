package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fundregistry.domain.model.Fund;
import java.io.IOException;
import java.util.List;

/** The JSON bodies that carry funds: one fund, or a list of them with the service's source. */
final class FundJson {

    private FundJson() {}

    static JsonBody fund(Fund fund, String source) {
        return json -> writeFund(json, fund, source);
    }

    static JsonBody list(List<Fund> funds, String source) {
        return json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            for (Fund fund : funds) {
                writeFund(json, fund, source);
            }
            json.writeEndArray();
            json.writeStringField("source", source);
            json.writeEndObject();
        };
    }

    private static void writeFund(JsonGenerator json, Fund fund, String source) throws IOException {
        json.writeStartObject();
        for (FundColumn column : FundColumn.IN_ORDER) {
            column.writeField(json, fund, source);
        }
        json.writeEndObject();
    }
}
