package io.fundregistry.domain.memory;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * A {@link FundStore} that keeps funds in memory and forgets them when the process ends: for tests, and for
 * applications that embed the domain without a database. Safe for concurrent use; each tenant's funds sit behind a
 * read-write lock of their own, so readers never see a fund in one index and not the other. Only inserts take memory:
 * reading a tenant that has no funds leaves nothing behind.
 *
 * <p>An export is a snapshot taken when the stream is opened.
 */
public final class InMemoryFundStore implements FundStore {

    static final Comparator<Fund> NEWEST_FIRST =
            Comparator.comparing(Fund::createdAt).thenComparing(Fund::id).reversed();

    // Stands in for a tenant with no funds: reads get it, insert never does, so it stays empty.
    private static final TenantFunds NO_FUNDS = new TenantFunds();

    private final Map<TenantId, TenantFunds> tenants = new ConcurrentHashMap<>();

    @Override
    public InsertOutcome insert(Fund fund) {
        return tenants.computeIfAbsent(fund.tenant(), ignored -> new TenantFunds())
                .insert(fund);
    }

    @Override
    public Optional<Fund> findBySlug(TenantId tenant, Slug slug) {
        return fundsOf(tenant).findBySlug(slug);
    }

    @Override
    public List<Fund> findNewest(TenantId tenant, FundFilter filter, PageLimit limit) {
        return fundsOf(tenant).newest(filter, limit.value());
    }

    @Override
    public Stream<Fund> streamAll(TenantId tenant, FundFilter filter) {
        return fundsOf(tenant).newest(filter, Integer.MAX_VALUE).stream();
    }

    // Package-private so that a test can show that reads leave no entry behind.
    int tenantCount() {
        return tenants.size();
    }

    private TenantFunds fundsOf(TenantId tenant) {
        return tenants.getOrDefault(tenant, NO_FUNDS);
    }

    private static final class TenantFunds {

        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private final Map<Slug, Fund> bySlug = new HashMap<>();
        private final NavigableSet<Fund> newestFirst = new TreeSet<>(NEWEST_FIRST);

        InsertOutcome insert(Fund fund) {
            lock.writeLock().lock();
            try {
                if (bySlug.putIfAbsent(fund.slug(), fund) != null) {
                    return InsertOutcome.SLUG_TAKEN;
                }
                newestFirst.add(fund);
                return InsertOutcome.INSERTED;
            } finally {
                lock.writeLock().unlock();
            }
        }

        Optional<Fund> findBySlug(Slug slug) {
            lock.readLock().lock();
            try {
                return Optional.ofNullable(bySlug.get(slug));
            } finally {
                lock.readLock().unlock();
            }
        }

        List<Fund> newest(FundFilter filter, int limit) {
            lock.readLock().lock();
            try {
                List<Fund> page = new ArrayList<>(Math.min(limit, newestFirst.size()));
                for (Fund fund : newestFirst) {
                    if (page.size() == limit) {
                        break;
                    }
                    if (filter.matches(fund)) {
                        page.add(fund);
                    }
                }
                return page;
            } finally {
                lock.readLock().unlock();
            }
        }
    }
}
