package eu.leadercoop.search;

import java.util.Set;

/**
 * A search of the directory of organisations: words of a name or alias (any language, inflected, with or
 * without diacritics; empty: every organisation, by name), and facet filters. Values within a facet are
 * alternatives; facets add up.
 *
 * @param countries   ISO 3166-1 alpha-2 codes
 * @param kinds       kind codes ({@code lag}, {@code flag}, ...)
 * @param regions     regions as the organisations' sources name them, or ISO 3166-2 codes
 * @param hasProjects true: only organisations in a published project; false: only those in none; null: all
 * @param page        from 0
 */
public record OrganisationQuery(String text, Set<String> countries, Set<String> kinds, Set<String> regions, Boolean hasProjects,
        int page, int size) {

    public OrganisationQuery {
        text = text == null ? "" : text.strip();
        countries = Set.copyOf(countries == null ? Set.of() : countries);
        kinds = Set.copyOf(kinds == null ? Set.of() : kinds);
        regions = Set.copyOf(regions == null ? Set.of() : regions);
    }
}
