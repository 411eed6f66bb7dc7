package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.FundDetails;
import io.fundregistry.domain.model.FundField;
import io.fundregistry.domain.model.Validation;
import io.fundregistry.domain.model.Violation;
import io.fundregistry.domain.port.in.CreateFundCommand;
import io.fundregistry.domain.port.in.CreateFundResult;
import io.fundregistry.domain.port.in.CreateFundUseCase;
import io.fundregistry.domain.port.in.FundDetailsValidator;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * {@code POST /v1.0/funds}: creates a fund from a JSON body. Every problem with the body is reported at once, keyed
 * by request key; the use case is called only for a body without any, so a refused request changes nothing.
 */
final class CreateFundHandler implements Handler {

    static final String MALFORMED = "Request body must be valid JSON.";
    static final String INVALID = "Invalid request payload.";
    static final String SLUG_TAKEN = "A fund with this slug already exists.";
    static final String SLUG_TAKEN_DETAIL = "This slug is already taken.";
    static final String SLUG_RESERVED = "This slug is reserved.";

    private final CreateFundUseCase funds;
    private final TenantResolver tenants;
    private final String source;
    private final long maxRequestBytes;

    CreateFundHandler(CreateFundUseCase funds, TenantResolver tenants, String source, long maxRequestBytes) {
        this.funds = funds;
        this.tenants = tenants;
        this.source = source;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        JsonRequestBody.Outcome body = JsonRequestBody.read(ctx, maxRequestBytes);
        if (body instanceof JsonRequestBody.Refused refused) {
            JsonResponses.error(ctx, refused.status(), refused.message());
            return;
        }

        FundRequestReader.Outcome request = FundRequestReader.read(((JsonRequestBody.Read) body).bytes());
        if (!(request instanceof FundRequestReader.Parsed parsed)) {
            JsonResponses.error(ctx, 400, MALFORMED);
            return;
        }
        FieldErrors errors = parsed.errors();
        if (parsed.complete()) {
            addRuleViolations(parsed.command(), errors);
        }
        if (!errors.isEmpty()) {
            JsonResponses.error(ctx, 400, INVALID, errors);
            return;
        }

        CreateFundResult result = funds.createFund(tenants.tenantOf(ctx), parsed.command());
        answer(ctx, result);
    }

    private static void addRuleViolations(CreateFundCommand command, FieldErrors errors) {
        Validation<FundDetails> validation = FundDetailsValidator.validate(command);
        if (validation instanceof Validation.Invalid<FundDetails> invalid) {
            addAll(invalid.violations(), errors);
        }
        if (ContractRoutes.isReservedSlug(command.slug()) && !errors.has(FundField.SLUG.key())) {
            errors.add(FundField.SLUG.key(), SLUG_RESERVED);
        }
    }

    // A field the reader already refused (wrong type, null) reached the rules as absent: "missing" would mislead.
    private static void addAll(List<Violation> violations, FieldErrors errors) {
        for (Violation violation : violations) {
            boolean alreadyExplained = errors.has(violation.field());
            if (!(alreadyExplained && FundDetailsValidator.MISSING.equals(violation.message()))) {
                errors.add(violation.field(), violation.message());
            }
        }
    }

    private void answer(Context ctx, CreateFundResult result) throws Exception {
        if (result instanceof CreateFundResult.Created created) {
            ctx.res()
                    .setHeader(
                            "Location", ContractRoutes.fundPath(created.fund().slug()));
            JsonResponses.send(ctx, 201, FundJson.fund(created.fund(), source));
        } else if (result instanceof CreateFundResult.SlugTaken) {
            JsonResponses.error(ctx, 409, SLUG_TAKEN, FieldErrors.of(FundField.SLUG.key(), SLUG_TAKEN_DETAIL));
        } else {
            FieldErrors errors = new FieldErrors();
            addAll(((CreateFundResult.Rejected) result).violations(), errors);
            JsonResponses.error(ctx, 400, INVALID, errors);
        }
    }
}
