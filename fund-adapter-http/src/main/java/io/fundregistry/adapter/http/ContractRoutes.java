package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Slug;
import java.util.List;
import java.util.Set;

/**
 * The route table of the service: every path, method and handler in one place, as the public contract. OPTIONS,
 * 405 answers and the OpenAPI document are all checked against it.
 */
final class ContractRoutes {

    static final String FUNDS = "/v1.0/funds";
    static final String FUND_EXPORT = "/v1.0/funds/export";
    static final String SLUG_PARAMETER = "slug";
    static final String FUND = "/v1.0/funds/{" + SLUG_PARAMETER + "}";
    static final String OPENAPI = "/openapi.json";
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";

    /** Slugs a fund may not take, because a literal route under {@link #FUNDS} shadows them. */
    static final Set<String> RESERVED_SLUGS = Set.of("export");

    private ContractRoutes() {}

    static RouteTable table(
            ListFundsHandler list,
            CreateFundHandler create,
            ExportFundsHandler export,
            GetFundHandler detail,
            OpenApiHandler openApi,
            HealthHandlers health) {
        return new RouteTable(List.of(
                Route.at(FUNDS).get(list).post(create),
                Route.at(FUND_EXPORT).get(export),
                Route.at(FUND).get(detail),
                Route.at(OPENAPI).get(openApi),
                Route.at(LIVE).get(health::live),
                Route.at(READY).get(health::ready)));
    }

    static boolean isReservedSlug(String slug) {
        return slug != null && RESERVED_SLUGS.contains(slug);
    }

    static String fundPath(Slug slug) {
        return FUNDS + "/" + slug.value();
    }
}
