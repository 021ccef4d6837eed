package eu.leadercoop.search.web;

import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.SearchSort;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page: the same search with a facet value toggled, another page, or as a feed. */
public record SearchLinks(SearchQuery query) {

    /** The search with {@code value} added to or removed from {@code facet}'s selection, from the first page. */
    public String toggle(String facet, String value) {
        Facet f = Facet.of(facet).orElseThrow();
        Map<Facet, Set<String>> filters = new java.util.EnumMap<>(Facet.class);
        filters.putAll(query.filters());
        Set<String> values = new LinkedHashSet<>(query.selected(f));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(f, values);
        return url("/search", filters, 0, true);
    }

    public String page(int page) {
        return url("/search", query.filters(), page, true);
    }

    /** The words and order without any filter. */
    public String clear() {
        return url("/search", Map.of(), 0, true);
    }

    /** The iCalendar feed of the events of the projects this search finds. */
    public String feed() {
        return url("/search/events.ics", query.filters(), 0, false);
    }

    public boolean filtered() {
        return !query.filters().isEmpty();
    }

    private String url(String path, Map<Facet, Set<String>> filters, int page, boolean withOrder) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (!query.text().isEmpty()) {
            b.queryParam("q", query.text());
        }
        filters.forEach((facet, values) -> values.forEach(v -> b.queryParam(facet.code(), v)));
        if (withOrder && query.sort() != SearchSort.RELEVANCE) {
            b.queryParam("sort", query.sort().code());
        }
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
