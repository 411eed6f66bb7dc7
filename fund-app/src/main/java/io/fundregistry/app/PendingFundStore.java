package io.fundregistry.app;

import io.fundregistry.adapter.http.ReadinessCheck;
import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The store the HTTP server is wired to while the real one is still being opened, so that the server can start at
 * the same time. Until {@link #handOver} every call fails as unavailable (answered 503, try again) and readiness is
 * false; from then on every call goes to the opened store. Safe for concurrent use.
 */
final class PendingFundStore implements FundStore, ReadinessCheck {

    static final String STILL_OPENING = "The fund store is still opening.";

    private volatile OpenedStore opened;

    /** Sends every later call to the opened store. */
    void handOver(OpenedStore store) {
        opened = store;
    }

    @Override
    public boolean isReady() {
        OpenedStore store = opened;
        return store != null && store.readiness().isReady();
    }

    @Override
    public InsertOutcome insert(Fund fund) {
        return store().insert(fund);
    }

    @Override
    public Optional<Fund> findBySlug(TenantId tenant, Slug slug) {
        return store().findBySlug(tenant, slug);
    }

    @Override
    public List<Fund> findNewest(TenantId tenant, FundFilter filter, PageLimit limit) {
        return store().findNewest(tenant, filter, limit);
    }

    @Override
    public Stream<Fund> streamAll(TenantId tenant, FundFilter filter) {
        return store().streamAll(tenant, filter);
    }

    private FundStore store() {
        OpenedStore store = opened;
        if (store == null) {
            throw new FundStoreUnavailableException(STILL_OPENING, null);
        }
        return store.store();
    }
}
