package io.fundregistry.domain.port.out;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where funds are kept. Every method is scoped by tenant: one tenant never sees another's funds. Implementations are
 * safe for concurrent use, and prove their behaviour by running the contract suite published in this module's
 * test-jar ({@code FundStoreContract}).
 *
 * <p>Funds are ordered newest first: by creation instant descending, then by {@link
 * io.fundregistry.domain.model.FundId} descending. Every method throws {@link FundStoreException} when the store
 * itself fails; a taken slug is not a failure.
 */
public interface FundStore {

    /** Stores a new fund unless its tenant already has one with the same slug; of two racing inserts one wins. */
    InsertOutcome insert(Fund fund);

    Optional<Fund> findBySlug(TenantId tenant, Slug slug);

    /** At most {@code limit} funds that pass the filter, newest first. */
    List<Fund> findNewest(TenantId tenant, FundFilter filter, PageLimit limit);

    /**
     * Every fund that passes the filter, newest first, read lazily so that memory does not grow with their number. The
     * caller must close the stream; closing it early releases whatever it holds.
     */
    Stream<Fund> streamAll(TenantId tenant, FundFilter filter);
}
