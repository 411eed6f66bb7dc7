package io.fundregistry.domain.port.in;

import java.math.BigDecimal;

/**
 * A request to create a fund, as its sender wrote it. Any part may be missing ({@code null}); {@link
 * CreateFundUseCase#createFund} checks them all and reports every problem at once.
 *
 * @param description optional, empty when missing
 * @param status optional, {@code draft} when missing
 * @param showOnDashboard optional, {@code true} when missing
 */
public record CreateFundCommand(
        String name,
        String slug,
        String description,
        String status,
        BigDecimal targetRaise,
        BigDecimal capacityLimit,
        BigDecimal currentNav,
        Long totalShares,
        Boolean showOnDashboard) {}
