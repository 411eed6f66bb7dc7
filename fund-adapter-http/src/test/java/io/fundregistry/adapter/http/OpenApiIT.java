package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fundregistry.domain.memory.InMemoryFundStore;
import io.fundregistry.domain.service.FundService;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiIT {

    @Test
    void documents_exactly_the_routes_the_server_serves() {
        try (TestServer server = TestServer.start()) {
            JsonNode document = server.client.get("/openapi.json").json();

            assertThat(documented(document)).isEqualTo(served(server.client));
        }
    }

    @Test
    void is_an_openapi_3_document_with_the_contract_schemas() {
        try (TestServer server = TestServer.start()) {
            Answer answer = server.client.get("/openapi.json");

            JsonNode schemas = answer.json().path("components").path("schemas");
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.json().path("openapi").asText()).startsWith("3.");
            assertThat(schemas.has("Fund")).isTrue();
            assertThat(schemas.has("FundCreate")).isTrue();
            assertThat(schemas.has("Error")).isTrue();
        }
    }

    @Test
    void describes_every_fund_field_the_answers_carry() {
        JsonNode fund = Answer.JSON_READER_FOR_RESOURCES
                .apply(OpenApiHandler.load())
                .path("components")
                .path("schemas")
                .path("Fund")
                .path("properties");

        Set<String> described = new HashSet<>();
        fund.fieldNames().forEachRemaining(described::add);
        Set<String> answered = new HashSet<>();
        FundColumn.IN_ORDER.forEach(column -> answered.add(column.key()));
        assertThat(described).isEqualTo(answered);
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> operations = new HashSet<>();
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            document.path("paths")
                    .path(path)
                    .fieldNames()
                    .forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path));
        }
        return operations;
    }

    private static Set<String> served(TestClient client) {
        RouteTable table = FundHttpServer.routesFor(
                HttpSettings.defaults(),
                FundUseCases.of(FundService.over(new InMemoryFundStore())),
                () -> true,
                new ShutdownState());
        Set<String> operations = new HashSet<>();
        for (Route route : table.routes()) {
            route.handlers().keySet().forEach(method -> operations.add(method.name() + " " + route.path()));
            String concretePath = route.path().replace("{slug}", "alpha");
            if (client.send(HandlerType.OPTIONS.name(), concretePath, null).status() == 204) {
                operations.add(HandlerType.OPTIONS.name() + " " + route.path());
            }
        }
        return operations;
    }
}
