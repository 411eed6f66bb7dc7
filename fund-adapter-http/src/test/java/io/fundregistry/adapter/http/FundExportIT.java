package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FundExportIT {

    private static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "slug",
            "description",
            "status",
            "targetRaise",
            "capacityLimit",
            "currentNav",
            "navDate",
            "totalShares",
            "showOnDashboard",
            "source",
            "createdAt",
            "updatedAt");

    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start_with_some_funds() {
        server = TestServer.start();
        client = server.client;
        client.postJson("/v1.0/funds", FundPayload.aFund().json());
        client.postJson(
                "/v1.0/funds",
                FundPayload.aFund()
                        .withText("slug", "beta")
                        .withText("name", "Beta, \"quoted\" fund")
                        .withText("description", "Two\nlines")
                        .with("targetRaise", "0")
                        .with("capacityLimit", "12.5")
                        .with("currentNav", "1E+2")
                        .with("showOnDashboard", "false")
                        .json());
        client.postJson(
                "/v1.0/funds",
                FundPayload.aFund()
                        .withText("slug", "gamma")
                        .withText("name", "Gamma")
                        .without("description")
                        .json());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_a_csv_attachment() {
        Answer answer = client.get("/v1.0/funds/export");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"funds.csv\"");
        assertThat(answer.body()).startsWith(String.join(",", COLUMNS) + "\r\n");
    }

    @Test
    void holds_the_same_values_as_the_json_list_in_the_same_order() throws IOException {
        JsonNode listed = client.get("/v1.0/funds?limit=100").json().path("data");

        List<CSVRecord> rows = parse(client.get("/v1.0/funds/export").body());

        assertThat(rows).hasSize(listed.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String column : COLUMNS) {
                assertThat(rows.get(i).get(column))
                        .as("%s of row %s", column, i)
                        .isEqualTo(text(listed.get(i).path(column)));
            }
        }
    }

    @Test
    void honours_the_search() throws IOException {
        List<CSVRecord> rows =
                parse(client.get("/v1.0/funds/export?search=BETA").body());

        assertThat(rows).extracting(row -> row.get("slug")).containsExactly("beta");
    }

    @Test
    void refuses_a_search_that_is_too_long() {
        Answer answer = client.get("/v1.0/funds/export?search=" + "s".repeat(201));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.details("search")).containsExactly("Must be at most 200 characters.");
    }

    @Test
    void makes_cells_a_spreadsheet_would_run_inert() throws IOException {
        try (TestServer own = TestServer.start()) {
            String[] dangerous = {"=HYPERLINK(\"x\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rReturn"};
            for (int i = 0; i < dangerous.length; i++) {
                own.client.postJson(
                        "/v1.0/funds",
                        FundPayload.aFund()
                                .withText("slug", "risky-" + i)
                                .withText("name", "Fund " + i)
                                .withText("description", dangerous[i])
                                .json());
            }

            List<CSVRecord> rows = parse(own.client.get("/v1.0/funds/export").body());

            assertThat(rows)
                    .extracting(row -> row.get("description"))
                    .containsExactlyInAnyOrder(
                            "'=HYPERLINK(\"x\")", "'+1+1", "'-2", "'@SUM(A1)", "'\tTab", "'\rReturn");
            assertThat(rows).extracting(row -> row.get("name")).allMatch(name -> name.startsWith("Fund "));
        }
    }

    @Test
    void refuses_an_export_beyond_the_limit_and_serves_it_again_once_one_ends() throws Exception {
        ExportDoubles.Blocking slow = new ExportDoubles.Blocking(List.of(Funds.aFund(1)));
        try (TestServer own = TestServer.start(
                settings -> settings.withMaxConcurrentExports(1),
                useCases -> new FundUseCases(useCases.create(), useCases.get(), useCases.list(), slow),
                () -> true)) {
            CompletableFuture<HttpResponse<String>> first = own.client
                    .http()
                    .sendAsync(
                            HttpRequest.newBuilder(own.client.uri("/v1.0/funds/export"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Eventually.holds("the first export has started", () -> slow.opened.getCount() == 0);

            Answer refused = own.client.get("/v1.0/funds/export");
            slow.release.countDown();
            HttpResponse<String> served = first.get();
            Answer again = own.client.get("/v1.0/funds/export");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().path("error").asText()).isEqualTo(ExportFundsHandler.BUSY);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).contains("fund-1");
            assertThat(again.status()).isEqualTo(200);
            Eventually.holds("both export streams are closed", () -> slow.closed.get() == 2);
        }
    }

    @Test
    void answers_503_when_the_store_is_unavailable_before_the_first_row() {
        ExportDoubles.FailingAfter failing =
                new ExportDoubles.FailingAfter(0, new FundStoreUnavailableException("Reading funds timed out.", null));
        try (TestServer own = serverExporting(failing)) {
            Answer answer = own.client.get("/v1.0/funds/export");

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.header("Content-Disposition")).isNull();
            assertThat(answer.body()).doesNotContain("id,name");
            Eventually.holds("the export stream is closed", () -> failing.closed.get() == 1);
        }
    }

    @Test
    void cuts_the_download_when_the_store_fails_after_rows_were_sent_and_logs_it_once() {
        ExportDoubles.FailingAfter failing =
                new ExportDoubles.FailingAfter(5_000, new IllegalStateException("cursor lost"));
        try (TestServer own = serverExporting(failing);
                LogCapture logs = LogCapture.start()) {
            String requestId = "cut-export";

            assertThatThrownBy(() -> own.client.get("/v1.0/funds/export", "X-Request-ID", requestId))
                    .isInstanceOf(UncheckedIOException.class);

            Eventually.holds("the export stream is closed", () -> failing.closed.get() == 1);
            assertThat(logs.eventsWithRequestId(requestId))
                    .filteredOn(event -> event.getLevel() == Level.ERROR)
                    .singleElement()
                    .satisfies(event -> assertThat(event.getThrowableProxy()).isNotNull());
        }
    }

    @Test
    void streams_many_rows_without_holding_them() throws IOException {
        ExportDoubles.Generated many = new ExportDoubles.Generated(20_000);
        try (TestServer own = serverExporting(many)) {
            HttpResponse<InputStream> response = own.client
                    .http()
                    .send(
                            HttpRequest.newBuilder(own.client.uri("/v1.0/funds/export"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Length")).isEmpty();
            long lines;
            try (var reader = new BufferedReader(new InputStreamReader(response.body()))) {
                lines = reader.lines().count();
            }
            assertThat(lines).isEqualTo(20_001);
            Eventually.holds("the export stream is closed", () -> many.closed.get() == 1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static TestServer serverExporting(ExportFundsUseCase export) {
        return TestServer.start(
                settings -> settings,
                useCases -> new FundUseCases(useCases.create(), useCases.get(), useCases.list(), export),
                () -> true);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<CSVRecord> rows = new ArrayList<>();
        Iterator<CSVRecord> records = format.parse(new StringReader(csv)).iterator();
        records.forEachRemaining(rows::add);
        return rows;
    }

    private static String text(JsonNode value) {
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }
}
