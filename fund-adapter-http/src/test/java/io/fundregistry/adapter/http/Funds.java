package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundId;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.model.Validation;
import io.fundregistry.domain.port.in.CreateFundCommand;
import io.fundregistry.domain.port.in.FundDetailsValidator;
import java.math.BigDecimal;
import java.util.UUID;

/** Funds built directly, for test doubles that stand in for a store. */
final class Funds {

    private Funds() {}

    static Fund aFund(int number) {
        CreateFundCommand command = new CreateFundCommand(
                "Fund " + number,
                "fund-" + number,
                "Built for a test.",
                "open",
                new BigDecimal("100.00"),
                new BigDecimal("200.00"),
                new BigDecimal("1.0000"),
                10L,
                true);
        FundDetails details = ((Validation.Valid<FundDetails>) FundDetailsValidator.validate(command)).value();
        return Fund.create(TestServer.START, FundId.of(new UUID(0, number)), TenantId.DEFAULT, details);
    }
}
