package io.fundregistry.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which funds a list or an export takes: all of them, or those whose name or slug contains a text, ignoring case.
 * The text is matched literally: {@code %} and {@code _} are plain characters, not wildcards.
 */
public final class FundFilter {

    public static final int MAX_SEARCH_LENGTH = 200;

    private static final FundFilter ALL = new FundFilter(null);

    private final String searchText;

    private FundFilter(String searchText) {
        this.searchText = searchText;
    }

    public static FundFilter all() {
        return ALL;
    }

    /**
     * The filter for a search text as a person typed it: surrounding white space is ignored, and a blank text
     * matches every fund.
     *
     * @throws InvalidValueException if the text is longer than {@value #MAX_SEARCH_LENGTH} characters
     */
    public static FundFilter search(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidValueException("Must be at most " + MAX_SEARCH_LENGTH + " characters.");
        }
        return new FundFilter(trimmed);
    }

    /** The text to look for, or empty when every fund matches. */
    public Optional<String> searchText() {
        return Optional.ofNullable(searchText);
    }

    /** Whether the fund passes the filter, with the same meaning every store must give it. */
    public boolean matches(Fund fund) {
        if (searchText == null) {
            return true;
        }
        String needle = searchText.toLowerCase(Locale.ROOT);
        return fund.name().value().toLowerCase(Locale.ROOT).contains(needle)
                || fund.slug().value().contains(needle);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FundFilter filter && Objects.equals(searchText, filter.searchText);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(searchText);
    }

    @Override
    public String toString() {
        return searchText == null ? "all funds" : "name or slug contains '" + searchText + "'";
    }
}
