package io.fundregistry.domain.model;

/**
 * Thrown when a value object is built from a value that breaks its rule. The message is a sentence meant for the
 * person who sent the value, such as {@code "Must be greater than or equal to 0."}.
 */
public final class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
