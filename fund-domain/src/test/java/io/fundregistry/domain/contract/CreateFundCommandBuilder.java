package io.fundregistry.domain.contract;

import io.fundregistry.domain.port.in.CreateFundCommand;
import java.math.BigDecimal;

/** Builds create-fund commands for tests, valid unless a part is changed: {@code aCommand().slug("x").build()}. */
public final class CreateFundCommandBuilder {

    private String name = "Alpha";
    private String slug = "alpha";
    private String description;
    private String status;
    private BigDecimal targetRaise = new BigDecimal("100.00");
    private BigDecimal capacityLimit = new BigDecimal("200.00");
    private BigDecimal currentNav = new BigDecimal("1.2345");
    private Long totalShares = 10L;
    private Boolean showOnDashboard;

    private CreateFundCommandBuilder() {}

    public static CreateFundCommandBuilder aCommand() {
        return new CreateFundCommandBuilder();
    }

    public CreateFundCommandBuilder name(String name) {
        this.name = name;
        return this;
    }

    public CreateFundCommandBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public CreateFundCommandBuilder description(String description) {
        this.description = description;
        return this;
    }

    public CreateFundCommandBuilder status(String status) {
        this.status = status;
        return this;
    }

    public CreateFundCommandBuilder targetRaise(String amount) {
        this.targetRaise = decimal(amount);
        return this;
    }

    public CreateFundCommandBuilder capacityLimit(String amount) {
        this.capacityLimit = decimal(amount);
        return this;
    }

    public CreateFundCommandBuilder currentNav(String amount) {
        this.currentNav = decimal(amount);
        return this;
    }

    public CreateFundCommandBuilder totalShares(Long totalShares) {
        this.totalShares = totalShares;
        return this;
    }

    public CreateFundCommandBuilder showOnDashboard(Boolean showOnDashboard) {
        this.showOnDashboard = showOnDashboard;
        return this;
    }

    public CreateFundCommand build() {
        return new CreateFundCommand(
                name, slug, description, status, targetRaise, capacityLimit, currentNav, totalShares, showOnDashboard);
    }

    private static BigDecimal decimal(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
