package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.port.in.ListFundsUseCase;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/** {@code GET /v1.0/funds?limit=&search=}: the newest funds that match, as {@code {"data": [...], "source": ...}}. */
final class ListFundsHandler implements Handler {

    private final ListFundsUseCase funds;
    private final TenantResolver tenants;
    private final String source;

    ListFundsHandler(ListFundsUseCase funds, TenantResolver tenants, String source) {
        this.funds = funds;
        this.tenants = tenants;
        this.source = source;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        FieldErrors errors = new FieldErrors();
        PageLimit limit = FundQuery.limit(ctx, errors);
        FundFilter filter = FundQuery.filter(ctx, errors);
        if (!errors.isEmpty()) {
            FundQuery.refuse(ctx, errors);
            return;
        }

        List<Fund> page = funds.listFunds(tenants.tenantOf(ctx), filter, limit);
        JsonResponses.send(ctx, 200, FundJson.list(page, source));
    }
}
