package io.fundregistry.domain.model;

/**
 * Rules every stored text shares: whole Unicode characters only (no unpaired surrogate half, which no database can
 * keep), and no NUL, which PostgreSQL cannot store at all. Names also refuse the other control characters; free text
 * keeps tab and line breaks.
 */
final class StoredText {

    static final String BROKEN_TEXT = "Must not contain control characters or incomplete Unicode characters.";

    private StoredText() {}

    static void requireSingleLine(String value) {
        require(value, false);
    }

    static void requireMultiLine(String value) {
        require(value, true);
    }

    private static void require(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char current = value.charAt(i);
            if (Character.isHighSurrogate(current)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(current) || isRefusedControl(current, lineBreaksAllowed)) {
                throw new InvalidValueException(BROKEN_TEXT);
            }
        }
    }

    private static boolean isRefusedControl(char current, boolean lineBreaksAllowed) {
        if (!Character.isISOControl(current)) {
            return false;
        }
        return !lineBreaksAllowed || !(current == '\n' || current == '\r' || current == '\t');
    }
}
