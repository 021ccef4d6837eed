package eu.leadercoop.search;

import eu.leadercoop.registry.ProjectSummary;
import java.util.List;

/**
 * A page of matching projects with the facet counts of the whole result. Highlights are HTML:
 * the text is escaped and matching words are wrapped in {@code <mark>}.
 */
public record SearchResults(
        String query,
        long total,
        int page,
        int size,
        int totalPages,
        String sort,
        List<Hit> hits,
        List<FacetCounts> facets) {

    /** A matching project as lists show it, with the matching passages. */
    public record Hit(ProjectSummary project, Highlights highlights) {
    }

    /** The title with its matches marked (empty when the title did not match), passages of the text, partner names. */
    public record Highlights(String title, List<String> text, List<String> partners) {
    }

    public record FacetCounts(String name, List<FacetValue> values) {
    }

    /** A facet value: its code, what it says in the reader's language, how many results have it, whether it is selected. */
    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
