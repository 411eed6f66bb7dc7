package io.fundregistry.domain.model;

import java.util.Optional;

/**
 * A fund's address within its tenant: 1 to {@value #MAX_LENGTH} characters of lowercase ASCII letters and digits, in
 * groups joined by single hyphens ({@code global-equity-2}). Unique per tenant.
 *
 * @param value the slug
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 180;

    /**
     * @throws InvalidValueException if the value is null, empty, too long, or not made of hyphen-joined groups
     */
    public Slug {
        if (value == null) {
            throw new InvalidValueException("Must be a string.");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("Length must be between 1 and " + MAX_LENGTH + ".");
        }
        if (!isHyphenJoinedGroups(value)) {
            throw new InvalidValueException("Use lowercase letters, numbers, and single hyphens.");
        }
    }

    public static Slug of(String value) {
        return new Slug(value);
    }

    /** The slug for the text, or empty when the text could never be one; for looking funds up by address. */
    public static Optional<Slug> tryParse(String value) {
        try {
            return Optional.of(new Slug(value));
        } catch (InvalidValueException notASlug) {
            return Optional.empty();
        }
    }

    private static boolean isHyphenJoinedGroups(String value) {
        char previous = '-';
        for (int i = 0; i < value.length(); i++) {
            char current = value.charAt(i);
            boolean alphanumeric = (current >= 'a' && current <= 'z') || (current >= '0' && current <= '9');
            if (!alphanumeric && (current != '-' || previous == '-')) {
                return false;
            }
            previous = current;
        }
        return previous != '-';
    }

    @Override
    public String toString() {
        return value;
    }
}
