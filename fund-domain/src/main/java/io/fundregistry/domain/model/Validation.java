package io.fundregistry.domain.model;

import java.util.List;

/** The result of checking input against the rules of a value: the value, or every rule the input broke. */
public sealed interface Validation<T> {

    record Valid<T>(T value) implements Validation<T> {}

    record Invalid<T>(List<Violation> violations) implements Validation<T> {

        public Invalid {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("An invalid result names at least one violation.");
            }
            violations = List.copyOf(violations);
        }
    }
}
