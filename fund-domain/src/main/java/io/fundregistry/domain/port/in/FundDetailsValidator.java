package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.Description;
import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundField;
import io.fundregistry.domain.model.FundName;
import io.fundregistry.domain.model.FundStatus;
import io.fundregistry.domain.model.InvalidValueException;
import io.fundregistry.domain.model.Money;
import io.fundregistry.domain.model.NetAssetValue;
import io.fundregistry.domain.model.ShareCount;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.Validation;
import io.fundregistry.domain.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a {@link CreateFundCommand} against every rule of a fund and reports all broken rules at once, in field
 * order, each with the key of the field it concerns. Pure: it stores nothing, so a driving adapter can merge its own
 * findings (a wrong JSON type, say) with these before anything is written.
 */
public final class FundDetailsValidator {

    public static final String MISSING = "Missing data for required field.";

    private FundDetailsValidator() {}

    public static Validation<FundDetails> validate(CreateFundCommand command) {
        List<Violation> violations = new ArrayList<>();

        FundName name = required(FundField.NAME, command.name(), FundName::of, violations);
        Slug slug = required(FundField.SLUG, command.slug(), Slug::of, violations);
        Description description =
                optional(FundField.DESCRIPTION, command.description(), Description::of, Description.EMPTY, violations);
        FundStatus status =
                optional(FundField.STATUS, command.status(), FundStatus::parse, FundStatus.DRAFT, violations);
        Money targetRaise = required(FundField.TARGET_RAISE, command.targetRaise(), Money::of, violations);
        Money capacityLimit = required(FundField.CAPACITY_LIMIT, command.capacityLimit(), Money::of, violations);
        NetAssetValue currentNav = required(FundField.CURRENT_NAV, command.currentNav(), NetAssetValue::of, violations);
        ShareCount totalShares = required(FundField.TOTAL_SHARES, command.totalShares(), ShareCount::of, violations);
        boolean showOnDashboard = command.showOnDashboard() == null || command.showOnDashboard();

        if (targetRaise != null && capacityLimit != null && capacityLimit.isLessThan(targetRaise)) {
            violations.add(FundField.CAPACITY_LIMIT.violation("Must be greater than or equal to targetRaise."));
        }
        if (!violations.isEmpty()) {
            violations.sort(FundDetailsValidator::inFieldOrder);
            return new Validation.Invalid<>(violations);
        }

        return new Validation.Valid<>(new FundDetails(
                name, slug, description, status, targetRaise, capacityLimit, currentNav, totalShares, showOnDashboard));
    }

    private static <R, T> T required(FundField field, R raw, Function<R, T> factory, List<Violation> violations) {
        if (raw == null) {
            violations.add(field.violation(MISSING));
            return null;
        }
        return optional(field, raw, factory, null, violations);
    }

    private static <R, T> T optional(
            FundField field, R raw, Function<R, T> factory, T fallback, List<Violation> violations) {
        if (raw == null) {
            return fallback;
        }
        try {
            return factory.apply(raw);
        } catch (InvalidValueException invalid) {
            violations.add(field.violation(invalid.getMessage()));
            return null;
        }
    }

    private static int inFieldOrder(Violation left, Violation right) {
        return Integer.compare(ordinalOf(left), ordinalOf(right));
    }

    private static int ordinalOf(Violation violation) {
        for (FundField field : FundField.values()) {
            if (field.key().equals(violation.field())) {
                return field.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
