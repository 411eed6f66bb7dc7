package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.FundFilter;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL meaning of a {@link FundFilter}, equal to {@link FundFilter#matches}: the lowercased search text is contained
 * in the lowercased name or in the slug, and {@code %}, {@code _} and the escape character are plain characters.
 *
 * <p>Names are lowercased here, in Java, both when a fund is stored ({@code name_lower}) and when it is searched,
 * because the databases' {@code lower()} follows their locale and differs from Java's on letters such as a final
 * sigma or a dotted capital I.
 */
final class FundSearch {

    static final char ESCAPE = '\\';

    private FundSearch() {}

    /** The LIKE pattern a filter searches with, or empty when it takes every fund. */
    static Optional<String> pattern(FundFilter filter) {
        return filter.searchText().map(text -> containsPattern(lowercase(text)));
    }

    /** The name as the search compares it: what {@link FundFilter#matches} compares. */
    static String lowercase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching any text that contains the given text literally. */
    static String containsPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (int i = 0; i < text.length(); i++) {
            char current = text.charAt(i);
            if (current == '%' || current == '_' || current == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(current);
        }
        return pattern.append('%').toString();
    }
}
