package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.TenantId;
import java.util.stream.Stream;

/** Exports every fund of a tenant that passes a filter, however many there are. */
public interface ExportFundsUseCase {

    /**
     * Streams the funds in list order (newest first). The stream may hold a database connection: the caller must
     * close it, best with try-with-resources, and may stop reading early.
     *
     * @throws io.fundregistry.domain.port.out.FundStoreException if the store fails, when opening or while reading
     */
    Stream<Fund> exportFunds(TenantId tenant, FundFilter filter);
}
