package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FundDetailIT {

    private static TestServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = server.client;
        client.postJson("/v1.0/funds", FundPayload.aFund().json());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_the_fund_with_its_slug() {
        Answer answer = client.get("/v1.0/funds/alpha");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("slug").asText()).isEqualTo("alpha");
        assertThat(answer.json().path("source").asText()).isEqualTo(TestServer.SOURCE);
    }

    @Test
    void answers_404_for_a_slug_no_fund_has() {
        Answer answer = client.get("/v1.0/funds/beta");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"error\":\"Fund not found.\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALPHA", "a--b", "-alpha", "alpha_1", "%C3%A9t%C3%A9"})
    void answers_404_for_a_text_that_could_never_be_a_slug(String slug) {
        Answer answer = client.get("/v1.0/funds/" + slug);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("Fund not found.");
    }
}
