package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.port.in.GetFundUseCase;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/** {@code GET /v1.0/funds/{slug}}: the fund, or 404 when there is none (a text that is no slug finds none). */
final class GetFundHandler implements Handler {

    static final String NOT_FOUND = "Fund not found.";

    private final GetFundUseCase funds;
    private final TenantResolver tenants;
    private final String source;

    GetFundHandler(GetFundUseCase funds, TenantResolver tenants, String source) {
        this.funds = funds;
        this.tenants = tenants;
        this.source = source;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Optional<Slug> slug = Slug.tryParse(ctx.pathParam(ContractRoutes.SLUG_PARAMETER));
        Optional<Fund> fund = slug.flatMap(known -> funds.getFund(tenants.tenantOf(ctx), known));
        if (fund.isEmpty()) {
            JsonResponses.error(ctx, 404, NOT_FOUND);
            return;
        }
        JsonResponses.send(ctx, 200, FundJson.fund(fund.get(), source));
    }
}
