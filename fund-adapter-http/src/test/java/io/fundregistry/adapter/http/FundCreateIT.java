package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundCreateIT {

    private static final String FUNDS = "/v1.0/funds";
    private static final String INVALID = "Invalid request payload.";

    private static TestServer server;
    private static TestClient client;
    private static int created;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.client;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void creates_a_fund_and_answers_it_with_its_address() {
        Answer answer = client.postJson(
                FUNDS, FundPayload.aFund().withText("slug", "created-fund").json());

        JsonNode fund = answer.json();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/v1.0/funds/created-fund");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(fund.path("name").asText()).isEqualTo("Alpha Fund");
        assertThat(fund.path("slug").asText()).isEqualTo("created-fund");
        assertThat(fund.path("status").asText()).isEqualTo("open");
        assertThat(fund.path("navDate").asText()).isEqualTo("2024-03-01");
        assertThat(fund.path("totalShares").asLong()).isEqualTo(1000L);
        assertThat(fund.path("showOnDashboard").asBoolean()).isTrue();
        assertThat(fund.path("source").asText()).isEqualTo(TestServer.SOURCE);
        assertThat(answer.body())
                .contains("\"targetRaise\":1000000.00", "\"capacityLimit\":1500000.00", "\"currentNav\":1.2345");
        assertThat(client.get(answer.header("Location")).json()).isEqualTo(fund);
    }

    @Test
    void answers_every_fund_field_in_the_contract_order() {
        Answer answer = client.postJson(
                FUNDS, FundPayload.aFund().withText("slug", "ordered").json());

        assertThat(answer.json().fieldNames())
                .toIterable()
                .containsExactly(
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
    }

    @Test
    void fills_in_the_optional_fields_when_absent() {
        String body = FundPayload.aFund()
                .withText("slug", "defaults")
                .without("description")
                .without("status")
                .without("showOnDashboard")
                .json();

        JsonNode fund = client.postJson(FUNDS, body).json();

        assertThat(fund.path("description").asText()).isEmpty();
        assertThat(fund.path("status").asText()).isEqualTo("draft");
        assertThat(fund.path("showOnDashboard").asBoolean()).isTrue();
    }

    @Test
    void takes_null_for_an_optional_field_as_absent() {
        String body = FundPayload.aFund()
                .withText("slug", "nulls")
                .with("description", "null")
                .with("status", "null")
                .with("showOnDashboard", "null")
                .json();

        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("status").asText()).isEqualTo("draft");
    }

    @Test
    void keeps_amounts_at_their_scale_and_never_in_exponent_form() {
        String body = FundPayload.aFund()
                .withText("slug", "scales")
                .with("targetRaise", "1E+3")
                .with("capacityLimit", "1500.5")
                .with("currentNav", "0")
                .json();

        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.body())
                .contains("\"targetRaise\":1000.00", "\"capacityLimit\":1500.50", "\"currentNav\":0.0000");
    }

    static Stream<Arguments> accepted_edges() {
        return Stream.of(
                Arguments.of("name of 1 character", edit("name", "\"A\"")),
                Arguments.of("name of 160 characters", edit("name", quoted("n".repeat(160)))),
                Arguments.of("slug of 180 characters", edit("slug", quoted("s".repeat(180)))),
                Arguments.of("slug with hyphens and digits", edit("slug", "\"global-equity-2\"")),
                Arguments.of("empty description", edit("description", "\"\"")),
                Arguments.of("description of 2000 characters", edit("description", quoted("d".repeat(2000)))),
                Arguments.of("status draft", edit("status", "\"draft\"")),
                Arguments.of("status closed", edit("status", "\"closed\"")),
                Arguments.of("status archived", edit("status", "\"archived\"")),
                Arguments.of("target raise of 0", edit("targetRaise", "0")),
                Arguments.of("amount with a trailing zero", edit("targetRaise", "10.120")),
                Arguments.of("amount with 18 integer digits", edit("capacityLimit", "999999999999999999.99")),
                Arguments.of("NAV with 4 decimals and a trailing zero", edit("currentNav", "1.23450")),
                Arguments.of("capacity equal to target", edit("capacityLimit", "1000000")),
                Arguments.of("one share", edit("totalShares", "1")),
                Arguments.of("the most shares a long holds", edit("totalShares", String.valueOf(Long.MAX_VALUE))),
                Arguments.of("hidden from the dashboard", edit("showOnDashboard", "false")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted_edges")
    void accepts_each_field_at_its_edges(String edge, UnaryOperator<FundPayload> change) {
        String body = change.apply(FundPayload.aFund().withText("slug", "edge-" + (++created)))
                .json();

        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    static Stream<Arguments> refused_inputs() {
        return Stream.of(
                refused("name as a number", edit("name", "1"), "name", "Not a valid string."),
                refused("name missing", drop("name"), "name", "Missing data for required field."),
                refused("name null", edit("name", "null"), "name", "Field may not be null."),
                refused("name blank", edit("name", "\"   \""), "name", "Must not be blank."),
                refused("name empty", edit("name", "\"\""), "name", "Must not be blank."),
                refused(
                        "name of 161 characters",
                        edit("name", quoted("n".repeat(161))),
                        "name",
                        "Length must be between 1 and 160."),
                refused("slug missing", drop("slug"), "slug", "Missing data for required field."),
                refused("slug as a list", edit("slug", "[\"a\"]"), "slug", "Not a valid string."),
                refused(
                        "slug with capitals",
                        edit("slug", "\"Alpha\""),
                        "slug",
                        "Use lowercase letters, numbers, and single hyphens."),
                refused(
                        "slug with a double hyphen",
                        edit("slug", "\"a--b\""),
                        "slug",
                        "Use lowercase letters, numbers, and single hyphens."),
                refused(
                        "slug ending in a hyphen",
                        edit("slug", "\"a-\""),
                        "slug",
                        "Use lowercase letters, numbers, and single hyphens."),
                refused("slug empty", edit("slug", "\"\""), "slug", "Length must be between 1 and 180."),
                refused(
                        "slug of 181 characters",
                        edit("slug", quoted("s".repeat(181))),
                        "slug",
                        "Length must be between 1 and 180."),
                refused("slug export", edit("slug", "\"export\""), "slug", "This slug is reserved."),
                refused(
                        "description of 2001 characters",
                        edit("description", quoted("d".repeat(2001))),
                        "description",
                        "Length must be at most 2000."),
                refused(
                        "unknown status",
                        edit("status", "\"pending\""),
                        "status",
                        "Must be one of: draft, open, closed, archived."),
                refused(
                        "target raise as a string",
                        edit("targetRaise", "\"10\""),
                        "targetRaise",
                        "Not a valid number."),
                refused("target raise as a boolean", edit("targetRaise", "true"), "targetRaise", "Not a valid number."),
                refused("target raise missing", drop("targetRaise"), "targetRaise", "Missing data for required field."),
                refused(
                        "negative target raise",
                        edit("targetRaise", "-1"),
                        "targetRaise",
                        "Must be greater than or equal to 0."),
                refused(
                        "target raise with 3 decimals",
                        edit("targetRaise", "10.123"),
                        "targetRaise",
                        "Must have at most 2 decimal places."),
                refused(
                        "target raise with 19 integer digits",
                        edit("targetRaise", "1000000000000000000"),
                        "targetRaise",
                        "Must have at most 18 digits before the decimal point."),
                refused(
                        "target raise with a huge exponent",
                        edit("targetRaise", "1e536870000"),
                        "targetRaise",
                        "Must have at most 18 digits before the decimal point."),
                refused(
                        "target raise with a tiny exponent",
                        edit("targetRaise", "1e-536870000"),
                        "targetRaise",
                        "Must have at most 2 decimal places."),
                refused(
                        "target raise longer than any amount",
                        edit("targetRaise", "1" + "0".repeat(70)),
                        "targetRaise",
                        "Number is too long."),
                refused(
                        "capacity below target",
                        edit("capacityLimit", "999999.99"),
                        "capacityLimit",
                        "Must be greater than or equal to targetRaise."),
                refused(
                        "capacity with 3 decimals",
                        edit("capacityLimit", "2000000.001"),
                        "capacityLimit",
                        "Must have at most 2 decimal places."),
                refused(
                        "NAV with 5 decimals",
                        edit("currentNav", "1.23456"),
                        "currentNav",
                        "Must have at most 4 decimal places."),
                refused(
                        "negative NAV",
                        edit("currentNav", "-0.0001"),
                        "currentNav",
                        "Must be greater than or equal to 0."),
                refused("NAV null", edit("currentNav", "null"), "currentNav", "Field may not be null."),
                refused("no shares", edit("totalShares", "0"), "totalShares", "Must be greater than 0."),
                refused("negative shares", edit("totalShares", "-1"), "totalShares", "Must be greater than 0."),
                refused("fractional shares", edit("totalShares", "10.5"), "totalShares", "Not a valid integer."),
                refused("shares written as 10.0", edit("totalShares", "10.0"), "totalShares", "Not a valid integer."),
                refused("shares as a string", edit("totalShares", "\"10\""), "totalShares", "Not a valid integer."),
                refused("shares in exponent form", edit("totalShares", "1e3"), "totalShares", "Not a valid integer."),
                refused(
                        "more shares than a long holds",
                        edit("totalShares", "9223372036854775808"),
                        "totalShares",
                        "Must be at most 9223372036854775807."),
                refused(
                        "dashboard flag as a string",
                        edit("showOnDashboard", "\"true\""),
                        "showOnDashboard",
                        "Not a valid boolean."),
                refused(
                        "dashboard flag as a number",
                        edit("showOnDashboard", "1"),
                        "showOnDashboard",
                        "Not a valid boolean."),
                refused("an unknown field", edit("colour", "\"blue\""), "colour", "Unknown field."),
                refused("a snake_case key", edit("target_raise", "10"), "target_raise", "Unknown field."),
                refused(
                        "a text past the read limit",
                        edit("description", "\"" + "x".repeat(10_001) + "\""),
                        "description",
                        "Value is too long."),
                refused(
                        "a value nested past the read limit",
                        edit("extra", "[".repeat(20) + "]".repeat(20)),
                        "extra",
                        "Value is nested too deeply."),
                refused(
                        "a field name past the read limit",
                        edit("k".repeat(300), "1"),
                        FundRequestReader.BODY_KEY,
                        "A field name is too long."),
                refused("a body that is a list", body -> raw("[]"), "_schema", "Invalid input type."),
                refused("a body that is a string", body -> raw("\"fund\""), "_schema", "Invalid input type."),
                refused("a body that is null", body -> raw("null"), "_schema", "Invalid input type."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused_inputs")
    void refuses_a_bad_input_naming_its_key_and_changes_nothing(
            String input, UnaryOperator<FundPayload> change, String key, String message) {
        String before = client.get(FUNDS + "?limit=100").body();

        Answer answer = client.postJson(FUNDS, change.apply(FundPayload.aFund()).json());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo(INVALID);
        assertThat(answer.details(key)).contains(message);
        assertThat(client.get(FUNDS + "?limit=100").body()).isEqualTo(before);
    }

    @Test
    void reports_every_problem_at_once() {
        String body = "{\"name\": 1, \"slug\": \"Bad Slug\", \"status\": \"pending\", \"targetRaise\": \"10\","
                + " \"capacityLimit\": -5, \"currentNav\": 1.23456, \"totalShares\": 10.5,"
                + " \"showOnDashboard\": \"yes\", \"extra\": true}";

        Answer answer = client.postJson(FUNDS, body);

        JsonNode details = answer.json().path("details");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(details.fieldNames())
                .toIterable()
                .containsExactly(
                        "name",
                        "slug",
                        "status",
                        "targetRaise",
                        "capacityLimit",
                        "currentNav",
                        "totalShares",
                        "showOnDashboard",
                        "extra");
        assertThat(answer.details("name")).containsExactly("Not a valid string.");
        assertThat(answer.details("targetRaise")).containsExactly("Not a valid number.");
        assertThat(answer.details("capacityLimit")).containsExactly("Must be greater than or equal to 0.");
    }

    @Test
    void reports_every_missing_field_of_an_empty_object() {
        Answer answer = client.postJson(FUNDS, "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("details").fieldNames())
                .toIterable()
                .containsExactly("name", "slug", "targetRaise", "capacityLimit", "currentNav", "totalShares");
        assertThat(answer.details("totalShares")).containsExactly("Missing data for required field.");
    }

    @Test
    void does_not_call_a_wrong_type_missing_as_well() {
        Answer answer = client.postJson(
                FUNDS, FundPayload.aFund().with("totalShares", "\"ten\"").json());

        assertThat(answer.details("totalShares")).containsExactly("Not a valid integer.");
    }

    @Test
    void refuses_a_huge_exponent_quickly() {
        String body = FundPayload.aFund().with("currentNav", "1e536870000").json();

        Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> client.postJson(FUNDS, body));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.details("currentNav")).isNotEmpty();
    }

    @Test
    void refuses_a_field_given_twice() {
        String body = FundPayload.aFund().json().replace("{", "{\"name\": \"Other\", ");

        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.details("name")).containsExactly("Field may appear only once.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"name\": }", "{} {}", "{}x", "{'name': 'a'}", "nul", "{\"a\": 01}"})
    void refuses_a_body_that_is_not_one_json_value(String body) {
        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("Request body must be valid JSON.");
        assertThat(answer.json().has("details")).isFalse();
    }

    @Test
    void refuses_a_taken_slug_with_409_and_keeps_the_first_fund() {
        String first = FundPayload.aFund()
                .withText("slug", "taken")
                .withText("name", "First")
                .json();
        String second = FundPayload.aFund()
                .withText("slug", "taken")
                .withText("name", "Second")
                .json();
        client.postJson(FUNDS, first);

        Answer answer = client.postJson(FUNDS, second);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("error").asText()).isEqualTo("A fund with this slug already exists.");
        assertThat(answer.details("slug")).containsExactly("This slug is already taken.");
        assertThat(client.get("/v1.0/funds/taken").json().path("name").asText()).isEqualTo("First");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void refuses_a_body_that_is_not_sent_as_json(String contentType) {
        String before = client.get(FUNDS + "?limit=100").body();

        Answer answer = client.send("POST", FUNDS, FundPayload.aFund().json(), "Content-Type", contentType);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.json().path("error").asText()).isEqualTo("Content-Type must be application/json.");
        assertThat(client.get(FUNDS + "?limit=100").body()).isEqualTo(before);
    }

    @Test
    void refuses_a_body_without_a_content_type() {
        String before = client.get(FUNDS + "?limit=100").body();

        Answer answer = client.send("POST", FUNDS, FundPayload.aFund().json());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(client.get(FUNDS + "?limit=100").body()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "application/vnd.fund+json"})
    void accepts_json_with_parameters_or_a_json_suffix(String contentType) {
        String body = FundPayload.aFund()
                .withText("slug", "typed-" + Math.abs(contentType.hashCode()))
                .json();

        Answer answer = client.send("POST", FUNDS, body, "Content-Type", contentType);

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void refuses_a_body_larger_than_allowed() {
        String body = FundPayload.aFund()
                .withText("description", "d".repeat(70 * 1024))
                .json();
        String before = client.get(FUNDS + "?limit=100").body();

        Answer answer = client.postJson(FUNDS, body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("error").asText()).isEqualTo("Request body is too large.");
        assertThat(client.get(FUNDS + "?limit=100").body()).isEqualTo(before);
    }

    @Test
    void refuses_a_body_sent_without_a_length_once_it_passes_the_limit() {
        byte[] large = FundPayload.aFund()
                .withText("description", "d".repeat(70 * 1024))
                .json()
                .getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(client.uri(FUNDS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
                .build();
        String before = client.get(FUNDS + "?limit=100").body();

        Answer answer = client.send(request);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(client.get(FUNDS + "?limit=100").body()).isEqualTo(before);
    }

    @Test
    void accepts_a_body_exactly_at_the_limit() {
        try (TestServer small = TestServer.start(settings -> settings.withMaxRequestBytes(400))) {
            String body = FundPayload.aFund().json();
            String padded = body.substring(0, body.length() - 1) + " ".repeat(400 - body.length()) + "}";

            Answer atLimit = small.client.postJson(FUNDS, padded);
            Answer overLimit = small.client.postJson(FUNDS, padded + " ");

            assertThat(padded).hasSize(400);
            assertThat(atLimit.status()).isEqualTo(201);
            assertThat(overLimit.status()).isEqualTo(413);
        }
    }

    private static Arguments refused(String input, UnaryOperator<FundPayload> change, String key, String message) {
        return Arguments.of(input, change, key, message);
    }

    private static UnaryOperator<FundPayload> edit(String key, String rawJson) {
        return payload -> payload.with(key, rawJson);
    }

    private static UnaryOperator<FundPayload> drop(String key) {
        return payload -> payload.without(key);
    }

    private static FundPayload raw(String json) {
        return FundPayload.raw(json);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
