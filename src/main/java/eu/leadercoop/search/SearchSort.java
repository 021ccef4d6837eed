package eu.leadercoop.search;

import java.util.Arrays;
import java.util.Optional;

/** How search results are ordered; projects without the sort value come last. */
public enum SearchSort {
    RELEVANCE,
    START_DATE_DESC,
    START_DATE_ASC,
    BUDGET_DESC,
    BUDGET_ASC;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SearchSort> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
