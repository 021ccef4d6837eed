package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.ProjectStatus;
import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.index.ProjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.util.common.data.Range;

/**
 * The aggregations that count facet values, added to a query and read back as value → count. The
 * status facet is not stored but derived from today's date: projects whose first day is after today
 * are planned, those whose last day is before today completed, the rest of the dated ones running.
 */
final class FacetAggregations {

    private final SearchAggregationFactory f;
    private final LocalDate today;
    private final Map<Facet, List<AggregationKey<?>>> keys = new EnumMap<>(Facet.class);

    FacetAggregations(SearchAggregationFactory f, LocalDate today) {
        this.f = f;
        this.today = today;
    }

    /** Asks {@code step} to count {@code facets}. */
    void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step, Collection<Facet> facets) {
        for (Facet facet : facets) {
            switch (facet) {
                case YEAR -> {
                    AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet.code());
                    step.aggregation(key, f.terms().field(ProjectFields.YEAR, Integer.class)
                            .maxTermCount(ProjectFacets.maxValues(facet)).toAggregation());
                    keys.put(facet, List.of(key));
                }
                case BUDGET -> {
                    AggregationKey<Map<Range<Double>, Long>> key = AggregationKey.of(facet.code());
                    List<Range<Double>> ranges = new ArrayList<>();
                    for (BudgetBand band : BudgetBand.values()) {
                        ranges.add(Range.canonical(band.from(), band.to()));
                    }
                    step.aggregation(key, f.range().field(ProjectFields.BUDGET_EUR, Double.class).ranges(ranges).toAggregation());
                    keys.put(facet, List.of(key));
                }
                case STATUS -> {
                    AggregationKey<Map<Range<LocalDate>, Long>> first = AggregationKey.of(facet.code() + "_first");
                    AggregationKey<Map<Range<LocalDate>, Long>> last = AggregationKey.of(facet.code() + "_last");
                    step.aggregation(first, f.range().field(ProjectFields.FIRST_DAY, LocalDate.class)
                            .range(Range.canonical(null, today.plusDays(1)))
                            .range(Range.canonical(today.plusDays(1), null)).toAggregation());
                    step.aggregation(last, f.range().field(ProjectFields.LAST_DAY, LocalDate.class)
                            .range(Range.canonical(null, today)).toAggregation());
                    keys.put(facet, List.of(first, last));
                }
                default -> {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.code());
                    step.aggregation(key, f.terms().field(ProjectFacets.field(facet), String.class)
                            .maxTermCount(ProjectFacets.maxValues(facet)).toAggregation());
                    keys.put(facet, List.of(key));
                }
            }
        }
    }

    /** Value → count for {@code facet} from a result of a query this was added to; {@code total} is that query's hit count. */
    @SuppressWarnings("unchecked")
    Map<String, Long> read(SearchResult<?> result, Facet facet, long total) {
        List<AggregationKey<?>> facetKeys = keys.get(facet);
        Map<String, Long> counts = new LinkedHashMap<>();
        switch (facet) {
            case YEAR -> ((Map<Integer, Long>) result.aggregation(facetKeys.getFirst())).entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                    .forEach(e -> counts.put(String.valueOf(e.getKey()), e.getValue()));
            case BUDGET -> {
                Map<Range<Double>, Long> ranges = (Map<Range<Double>, Long>) result.aggregation(facetKeys.getFirst());
                for (BudgetBand band : BudgetBand.values()) {
                    counts.put(band.code(), ranges.getOrDefault(Range.canonical(band.from(), band.to()), 0L));
                }
            }
            case STATUS -> {
                Map<Range<LocalDate>, Long> first = (Map<Range<LocalDate>, Long>) result.aggregation(facetKeys.get(0));
                Map<Range<LocalDate>, Long> last = (Map<Range<LocalDate>, Long>) result.aggregation(facetKeys.get(1));
                long started = first.getOrDefault(Range.canonical(null, today.plusDays(1)), 0L);
                long planned = first.getOrDefault(Range.canonical(today.plusDays(1), null), 0L);
                long completed = last.getOrDefault(Range.canonical(null, today), 0L);
                counts.put(Codes.of(ProjectStatus.PLANNED), planned);
                // A completed project has started (its first day is before its last), so running = started - completed.
                counts.put(Codes.of(ProjectStatus.RUNNING), started - completed);
                counts.put(Codes.of(ProjectStatus.COMPLETED), completed);
                counts.put(Codes.of(ProjectStatus.UNKNOWN), total - started - planned);
            }
            default -> counts.putAll((Map<String, Long>) result.aggregation(facetKeys.getFirst()));
        }
        return counts;
    }

}
