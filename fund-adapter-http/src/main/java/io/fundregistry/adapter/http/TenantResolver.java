package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.TenantId;
import io.javalin.http.Context;

/**
 * Decides which tenant a request acts for. Every request uses {@link TenantId#DEFAULT} while access control is off;
 * this is the one place that changes when API keys decide the tenant.
 */
final class TenantResolver {

    TenantId tenantOf(Context ctx) {
        return TenantId.DEFAULT;
    }
}
