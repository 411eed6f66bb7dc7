package io.fundregistry.domain.model;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundregistry.domain.contract.FundBuilder;
import org.junit.jupiter.api.Test;

class FundDetailsTest {

    @Test
    void refuses_a_capacity_limit_below_the_target_raise() {
        FundBuilder fund = aFund().withTargetRaise("1000.00").withCapacityLimit("999.99");

        assertThatThrownBy(fund::buildDetails)
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Must be greater than or equal to targetRaise.");
    }

    @Test
    void accepts_a_capacity_limit_equal_to_the_target_raise() {
        FundBuilder fund = aFund().withTargetRaise("1000.00").withCapacityLimit("1000");

        FundDetails details = fund.buildDetails();

        assertThat(details.capacityLimit()).isEqualTo(details.targetRaise());
    }
}
