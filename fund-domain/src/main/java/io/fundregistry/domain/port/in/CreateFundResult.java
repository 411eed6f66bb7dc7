package io.fundregistry.domain.port.in;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.Violation;
import java.util.List;

/** What came of a request to create a fund. Each case is a normal outcome the caller is expected to handle. */
public sealed interface CreateFundResult {

    /** The fund was stored. */
    record Created(Fund fund) implements CreateFundResult {}

    /** The request broke one or more rules, listed in field order; nothing was stored. */
    record Rejected(List<Violation> violations) implements CreateFundResult {

        public Rejected {
            violations = List.copyOf(violations);
        }
    }

    /** Another fund of the tenant already has the slug; nothing was stored. */
    record SlugTaken(Slug slug) implements CreateFundResult {}
}
