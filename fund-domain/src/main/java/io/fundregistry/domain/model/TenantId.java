package io.fundregistry.domain.model;

/**
 * The owner of a set of funds. Every read and write is scoped by one; slugs are unique within a tenant.
 *
 * @param value 1 to {@value #MAX_LENGTH} lowercase letters, digits, hyphens or underscores
 */
public record TenantId(String value) {

    public static final int MAX_LENGTH = 64;

    /** The tenant that every call uses while access control is off. */
    public static final TenantId DEFAULT = new TenantId("default");

    /**
     * @throws InvalidValueException if the value is null, empty, too long or has other characters
     */
    public TenantId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("A tenant id has 1 to " + MAX_LENGTH + " characters.");
        }
        if (!value.chars().allMatch(TenantId::isAllowed)) {
            throw new InvalidValueException("A tenant id has lowercase letters, digits, hyphens and underscores only.");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    @Override
    public String toString() {
        return value;
    }
}
