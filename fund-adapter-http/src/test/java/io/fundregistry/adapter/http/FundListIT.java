package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundListIT {

    private static final int FUND_COUNT = 105;

    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start_with_more_funds_than_a_page() {
        server = TestServer.start();
        client = server.client;
        for (int i = 1; i <= FUND_COUNT; i++) {
            String name = i == 7 ? "Global Equity" : "Fund " + i;
            Answer created = client.postJson(
                    "/v1.0/funds",
                    FundPayload.aFund()
                            .withText("slug", "fund-" + i)
                            .withText("name", name)
                            .json());
            assertThat(created.status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void lists_fifty_funds_newest_first_by_default() {
        Answer answer = client.get("/v1.0/funds");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(slugs(answer)).hasSize(50).startsWith("fund-105", "fund-104").endsWith("fund-56");
        assertThat(answer.json().path("source").asText()).isEqualTo(TestServer.SOURCE);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "50,50", "99,99", "100,100"})
    void takes_any_whole_limit_from_1_to_100(String limit, int expected) {
        Answer answer = client.get("/v1.0/funds?limit=" + limit);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(slugs(answer)).hasSize(expected).first().isEqualTo("fund-105");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "", "1e2", "%2B5", "0x10", "1000"})
    void refuses_any_other_limit_naming_the_parameter(String limit) {
        Answer answer = client.get("/v1.0/funds?limit=" + limit);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("Invalid query parameter.");
        assertThat(answer.details("limit")).containsExactly("Must be a whole number from 1 to 100.");
    }

    @Test
    void finds_funds_by_name_or_slug_ignoring_case() {
        assertThat(slugs(client.get("/v1.0/funds?search=GLOBAL%20eq"))).containsExactly("fund-7");
        assertThat(slugs(client.get("/v1.0/funds?search=fund-10&limit=100")))
                .containsExactly("fund-105", "fund-104", "fund-103", "fund-102", "fund-101", "fund-100", "fund-10");
        assertThat(slugs(client.get("/v1.0/funds?search=nothing-like-this"))).isEmpty();
    }

    @Test
    void takes_a_blank_search_as_no_search() {
        assertThat(slugs(client.get("/v1.0/funds?search=%20%20&limit=3"))).hasSize(3);
    }

    @Test
    void accepts_a_search_of_200_characters_and_refuses_201() {
        Answer longest = client.get("/v1.0/funds?search=" + "s".repeat(200));
        Answer tooLong = client.get("/v1.0/funds?search=" + "s".repeat(201));

        assertThat(longest.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.details("search")).containsExactly("Must be at most 200 characters.");
    }

    @Test
    void reports_both_bad_parameters_at_once() {
        Answer answer = client.get("/v1.0/funds?limit=0&search=" + "s".repeat(201));

        assertThat(answer.json().path("details").fieldNames()).toIterable().containsExactly("limit", "search");
    }

    @Test
    void answers_each_fund_as_the_detail_route_does() {
        JsonNode first = client.get("/v1.0/funds?limit=1").json().path("data").get(0);

        assertThat(client.get("/v1.0/funds/" + first.path("slug").asText()).json())
                .isEqualTo(first);
    }

    private static List<String> slugs(Answer answer) {
        List<String> slugs = new ArrayList<>();
        answer.json().path("data").forEach(fund -> slugs.add(fund.path("slug").asText()));
        return slugs;
    }
}
