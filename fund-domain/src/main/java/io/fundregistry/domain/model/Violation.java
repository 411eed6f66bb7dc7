package io.fundregistry.domain.model;

import java.util.Objects;

/**
 * One broken rule of a request, tied to the field it concerns.
 *
 * @param field the field's key as a request names it, such as {@code "targetRaise"}
 * @param message a sentence a person can act on, such as {@code "Must be greater than or equal to 0."}
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
