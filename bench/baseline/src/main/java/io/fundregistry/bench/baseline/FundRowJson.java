package io.fundregistry.bench.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes fund rows straight from a result set as the service's JSON: the same keys in the same order, amounts as
 * numbers that keep their scale, dates and instants in ISO-8601. Streams onto the response, as the service does.
 */
final class FundRowJson {

    static final String CONTENT_TYPE = "application/json";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String SOURCE = "fund-registry";

    private FundRowJson() {}

    static void writeFund(ResultSet row, HttpServletResponse response) throws IOException, SQLException {
        try (JsonGenerator json = start(response)) {
            writeFields(row, json);
        }
    }

    static void writePage(ResultSet rows, HttpServletResponse response) throws IOException, SQLException {
        try (JsonGenerator json = start(response)) {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            while (rows.next()) {
                writeFields(rows, json);
            }
            json.writeEndArray();
            json.writeStringField("source", SOURCE);
            json.writeEndObject();
        }
    }

    private static JsonGenerator start(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(CONTENT_TYPE);
        return FACTORY.createGenerator(response.getOutputStream());
    }

    private static void writeFields(ResultSet row, JsonGenerator json) throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("id", row.getObject("id", UUID.class).toString());
        json.writeStringField("name", row.getString("name"));
        json.writeStringField("slug", row.getString("slug"));
        json.writeStringField("description", row.getString("description"));
        json.writeStringField("status", row.getString("status"));
        json.writeNumberField("targetRaise", row.getBigDecimal("target_raise"));
        json.writeNumberField("capacityLimit", row.getBigDecimal("capacity_limit"));
        json.writeNumberField("currentNav", row.getBigDecimal("current_nav"));
        json.writeStringField(
                "navDate", row.getObject("nav_date", LocalDate.class).toString());
        json.writeNumberField("totalShares", row.getLong("total_shares"));
        json.writeBooleanField("showOnDashboard", row.getBoolean("show_on_dashboard"));
        json.writeStringField("source", SOURCE);
        json.writeStringField(
                "createdAt",
                row.getObject("created_at", OffsetDateTime.class).toInstant().toString());
        json.writeStringField(
                "updatedAt",
                row.getObject("updated_at", OffsetDateTime.class).toInstant().toString());
        json.writeEndObject();
    }
}
