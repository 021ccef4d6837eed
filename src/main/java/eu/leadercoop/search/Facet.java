package eu.leadercoop.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets a project search counts and filters by. Values selected within one facet are
 * alternatives (country EE or PL); facets combine with each other (and role lead partner). Each
 * facet's counts leave out its own selection, so choosing Estonia still shows how many Polish
 * projects there are.
 */
public enum Facet {
    /** Partners' countries (ISO 3166-1 alpha-2). */
    COUNTRY,
    /** Partners' regions (ISO 3166-2). */
    REGION,
    /** Partner organisations by id. */
    ORGANISATION,
    /** Partner roles; with organisations selected, the role those organisations have. */
    ROLE,
    PROGRAMME,
    MEASURE,
    EVENT_TYPE,
    /** Themes of the thesaurus the project's texts mention (concept ids of group theme). */
    THEME,
    /** Calendar years the period touches. */
    YEAR,
    /** Budget bands in euro, see {@link BudgetBand}. */
    BUDGET,
    /** planned, running, completed or unknown, from the period and today's date. */
    STATUS;

    /** The name used in URLs and JSON: {@code event_type}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Facet> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
