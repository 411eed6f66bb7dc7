package io.fundregistry.domain.service;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.model.Validation;
import io.fundregistry.domain.port.in.CreateFundCommand;
import io.fundregistry.domain.port.in.CreateFundResult;
import io.fundregistry.domain.port.in.CreateFundUseCase;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import io.fundregistry.domain.port.in.FundDetailsValidator;
import io.fundregistry.domain.port.in.GetFundUseCase;
import io.fundregistry.domain.port.in.ListFundsUseCase;
import io.fundregistry.domain.port.out.FundIdGenerator;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fund use cases over a {@link FundStore}. Thread-safe when the store is. Time comes from the injected clock,
 * truncated to microseconds so that what a database keeps equals what the caller was given.
 */
public final class FundService implements CreateFundUseCase, GetFundUseCase, ListFundsUseCase, ExportFundsUseCase {

    private final FundStore store;
    private final Clock clock;
    private final FundIdGenerator ids;

    public FundService(FundStore store, Clock clock, FundIdGenerator ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** A service on the system clock with time-ordered ids: what an embedding application usually wants. */
    public static FundService over(FundStore store) {
        return new FundService(store, Clock.systemUTC(), TimeOrderedFundIds.create());
    }

    @Override
    public CreateFundResult createFund(TenantId tenant, CreateFundCommand command) {
        Validation<FundDetails> validation = FundDetailsValidator.validate(command);
        if (validation instanceof Validation.Invalid<FundDetails> invalid) {
            return new CreateFundResult.Rejected(invalid.violations());
        }
        FundDetails details = ((Validation.Valid<FundDetails>) validation).value();

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Fund fund = Fund.create(now, ids.next(), tenant, details);

        InsertOutcome outcome = store.insert(fund);
        return switch (outcome) {
            case INSERTED -> new CreateFundResult.Created(fund);
            case SLUG_TAKEN -> new CreateFundResult.SlugTaken(details.slug());
        };
    }

    @Override
    public Optional<Fund> getFund(TenantId tenant, Slug slug) {
        return store.findBySlug(tenant, slug);
    }

    @Override
    public List<Fund> listFunds(TenantId tenant, FundFilter filter, PageLimit limit) {
        return store.findNewest(tenant, filter, limit);
    }

    @Override
    public Stream<Fund> exportFunds(TenantId tenant, FundFilter filter) {
        return store.streamAll(tenant, filter);
    }
}
