package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.InvalidValueException;
import io.fundregistry.domain.model.PageLimit;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads the query parameters of the list and export routes, collecting every problem under its parameter name. */
final class FundQuery {

    static final String LIMIT = "limit";
    static final String SEARCH = "search";
    static final String INVALID = "Invalid query parameter.";

    private FundQuery() {}

    /** The page limit asked for, {@link PageLimit#DEFAULT} when none was; null (and an error) when it is not one. */
    static PageLimit limit(Context ctx, FieldErrors errors) {
        String text = ctx.queryParam(LIMIT);
        if (text == null) {
            return PageLimit.DEFAULT;
        }
        PageLimit limit = PageLimit.tryParse(text).orElse(null);
        if (limit == null) {
            errors.add(LIMIT, PageLimit.RULE);
        }
        return limit;
    }

    /** The filter for the search text; null (and an error) when the text breaks a rule. */
    static FundFilter filter(Context ctx, FieldErrors errors) {
        try {
            return FundFilter.search(ctx.queryParam(SEARCH));
        } catch (InvalidValueException invalid) {
            errors.add(SEARCH, invalid.getMessage());
            return null;
        }
    }

    static void refuse(Context ctx, FieldErrors errors) throws IOException {
        JsonResponses.error(ctx, 400, INVALID, errors);
    }
}
