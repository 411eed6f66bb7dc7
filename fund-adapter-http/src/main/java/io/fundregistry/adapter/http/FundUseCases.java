package io.fundregistry.adapter.http;

import io.fundregistry.domain.port.in.CreateFundUseCase;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import io.fundregistry.domain.port.in.GetFundUseCase;
import io.fundregistry.domain.port.in.ListFundsUseCase;
import io.fundregistry.domain.service.FundService;
import java.util.Objects;

/**
 * The four fund use cases the HTTP adapter drives. Immutable; each part is required ({@link NullPointerException}
 * otherwise). Tests and embedders may mix implementations, such as a real service with a failing export.
 */
public record FundUseCases(
        CreateFundUseCase create, GetFundUseCase get, ListFundsUseCase list, ExportFundsUseCase export) {

    public FundUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(export, "export");
    }

    /** All four use cases served by one service. */
    public static FundUseCases of(FundService service) {
        return new FundUseCases(service, service, service, service);
    }
}
