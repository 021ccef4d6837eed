package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Facet counts for a search. Facets without a selection are counted on the search's own result (one
 * pass); each facet with a selection is counted by one more query that leaves out its own filter,
 * so that its other values keep their counts and can be added to the selection.
 */
public final class ProjectFacetCounts {

    private final SearchSession session;
    private final SearchScope<Project> scope;
    private final ProjectPredicates predicates;
    private final SearchQuery query;
    private final LocalDate today;
    private final FacetAggregations onResult;
    private final Set<Facet> unselected;

    public ProjectFacetCounts(SearchSession session, SearchScope<Project> scope, ProjectPredicates predicates,
            SearchQuery query, LocalDate today) {
        this.session = session;
        this.scope = scope;
        this.predicates = predicates;
        this.query = query;
        this.today = today;
        this.onResult = new FacetAggregations(scope.aggregation(), today);
        this.unselected = EnumSet.allOf(Facet.class);
        this.unselected.removeAll(query.filters().keySet());
    }

    /** Adds the aggregations of the unselected facets to the search itself. */
    public void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step) {
        onResult.addTo(step, unselected);
    }

    /** Every facet's counts, in {@link Facet} order. */
    public Map<Facet, Map<String, Long>> read(SearchResult<?> result, long total) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        SearchPredicate text = predicates.text();
        for (Facet facet : Facet.values()) {
            if (unselected.contains(facet)) {
                counts.put(facet, onResult.read(result, facet, total));
            } else {
                counts.put(facet, countWithoutOwnFilter(facet, text));
            }
        }
        return counts;
    }

    private Map<String, Long> countWithoutOwnFilter(Facet facet, SearchPredicate text) {
        List<SearchPredicate> others = predicates.filtersExcept(facet);
        FacetAggregations aggregations = new FacetAggregations(scope.aggregation(), today);
        var step = session.search(scope).where(predicates.combine(text, others));
        aggregations.addTo(step, List.of(facet));
        SearchResult<?> result = step.fetch(0);
        Map<String, Long> counts = new LinkedHashMap<>(aggregations.read(result, facet, result.total().hitCount()));
        // A selected value beyond the listed most frequent ones still shows, with its own count.
        for (String value : query.selected(facet)) {
            if (!counts.containsKey(value)) {
                List<SearchPredicate> filters = new ArrayList<>(others);
                filters.add(predicates.value(facet, value));
                counts.put(value, session.search(scope).where(predicates.combine(text, filters)).fetchTotalHitCount());
            }
        }
        return counts;
    }
}
