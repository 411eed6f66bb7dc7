package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fundregistry.domain.model.Fund;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The fields of a fund in a response, in response order, each with its key and value. The JSON object and the CSV
 * export are both written from this list, so they always carry the same fields in the same formats: amounts keep
 * their scale and are never written in exponent form, dates and instants are ISO-8601.
 */
enum FundColumn {
    ID("id", (fund, source) -> fund.id().toString()),
    NAME("name", (fund, source) -> fund.name().value()),
    SLUG("slug", (fund, source) -> fund.slug().value()),
    DESCRIPTION("description", (fund, source) -> fund.details().description().value()),
    STATUS("status", (fund, source) -> fund.details().status().key()),
    TARGET_RAISE("targetRaise", (fund, source) -> fund.details().targetRaise().amount()),
    CAPACITY_LIMIT(
            "capacityLimit", (fund, source) -> fund.details().capacityLimit().amount()),
    CURRENT_NAV("currentNav", (fund, source) -> fund.details().currentNav().value()),
    NAV_DATE("navDate", (fund, source) -> fund.navDate().toString()),
    TOTAL_SHARES("totalShares", (fund, source) -> fund.details().totalShares().value()),
    SHOW_ON_DASHBOARD("showOnDashboard", (fund, source) -> fund.details().showOnDashboard()),
    SOURCE("source", (fund, source) -> source),
    CREATED_AT("createdAt", (fund, source) -> fund.createdAt().toString()),
    UPDATED_AT("updatedAt", (fund, source) -> fund.updatedAt().toString());

    static final List<FundColumn> IN_ORDER = List.of(values());

    private final String key;
    private final BiFunction<Fund, String, Object> value;

    FundColumn(String key, BiFunction<Fund, String, Object> value) {
        this.key = key;
        this.value = value;
    }

    String key() {
        return key;
    }

    /** The value as the CSV export writes it: exactly the text the JSON answer shows. */
    String text(Fund fund, String source) {
        Object raw = value.apply(fund, source);
        return raw instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(raw);
    }

    void writeField(JsonGenerator json, Fund fund, String source) throws IOException {
        Object raw = value.apply(fund, source);
        json.writeFieldName(key);
        if (raw instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (raw instanceof Long number) {
            json.writeNumber(number);
        } else if (raw instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString((String) raw);
        }
    }
}
