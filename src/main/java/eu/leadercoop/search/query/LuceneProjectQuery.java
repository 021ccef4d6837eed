package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.ProjectStatus;
import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.SearchSort;
import eu.leadercoop.search.index.ProjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * {@link ProjectPredicates} and the sorts of {@code ProjectSearch} as plain Lucene queries over the
 * embedded index, for counting facets with {@link FacetCounter}: the same words against the same
 * fields with the same weights and analyzers (the index's own search analyzer), the same filters on
 * the fields as Hibernate Search encodes them (keywords as terms, years as int points, euro amounts as
 * double points, days as long points of the epoch day). {@code SearchPathsIT} holds the two
 * to the same hits, order and counts.
 */
final class LuceneProjectQuery {

    private final SearchQuery query;
    private final long today;
    /** The words, parsed once: each facet with a selection is counted with them again. */
    private final Query text;

    LuceneProjectQuery(SearchQuery query, Analyzer searchAnalyzer, LocalDate today, ExpandedWords words) {
        this.query = query;
        this.today = today.toEpochDay();
        this.text = text(query, searchAnalyzer, words);
    }

    /**
     * The words of the query against every language's fields, each part that names concepts also
     * matched by them (see {@link ExpandedWords}); everything when there are no words.
     */
    private static Query text(SearchQuery query, Analyzer analyzer, ExpandedWords words) {
        if (query.text().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, ProjectPredicates.textFields(query.lang()));
        parser.setDefaultOperator(Occur.MUST);
        if (!words.expanded()) {
            return parse(parser, words.text());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (ExpandedWords.Part part : words.parts()) {
            if (part.concepts().isEmpty()) {
                all.add(parse(parser, part.text()), Occur.MUST);
            } else {
                BooleanQuery.Builder concepts = new BooleanQuery.Builder();
                part.conceptTerms().forEach(t -> concepts.add(new TermQuery(new Term(t.getKey(), t.getValue())), Occur.SHOULD));
                all.add(new BooleanQuery.Builder()
                        .add(parse(parser, part.text()), Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(concepts.build()), ExpandedWords.CONCEPT_BOOST), Occur.SHOULD)
                        .build(), Occur.MUST);
            }
        }
        words.excluded().forEach(w -> all.add(parse(parser, w), Occur.MUST_NOT));
        return all.build();
    }

    private static Query parse(SimpleQueryParser parser, String words) {
        Query parsed = parser.parse(words);
        // Words that analyse to nothing (only stop words) find nothing, as in Hibernate Search.
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }

    /** Words and every filter. */
    Query all() {
        List<Query> filters = new ArrayList<>();
        query.filters().keySet().forEach(facet -> filters.add(filter(facet, false)));
        return combine(text, filters);
    }

    /** Words and every filter but {@code facet}'s own; see {@link ProjectPredicates#filtersExcept}. */
    Query allExcept(Facet facet) {
        return combine(text, ProjectPredicates.filtersExcept(query, facet, this::filter));
    }

    Sort sort() {
        SortField startDesc = longField(ProjectFields.START_DAY, true);
        return switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, startDesc);
            case START_DATE_DESC -> new Sort(startDesc, SortField.FIELD_SCORE);
            case START_DATE_ASC -> new Sort(longField(ProjectFields.START_DAY, false), SortField.FIELD_SCORE);
            case BUDGET_DESC, BUDGET_ASC -> {
                boolean desc = query.sort() == SearchSort.BUDGET_DESC;
                SortField budget = new SortedNumericSortField(ProjectFields.BUDGET_EUR, SortField.Type.DOUBLE, desc);
                // Projects without a budget last, either way.
                budget.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield new Sort(budget, SortField.FIELD_SCORE);
            }
        };
    }

    private static SortField longField(String field, boolean desc) {
        SortField sort = new SortedNumericSortField(field, SortField.Type.LONG, desc);
        sort.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        return sort;
    }

    private static Query combine(Query text, List<Query> filters) {
        if (filters.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST);
        filters.forEach(f -> bool.add(f, Occur.FILTER));
        return bool.build();
    }

    private Query filter(Facet facet, boolean anyPartnersRole) {
        List<String> pairs = ProjectPredicates.organisationRoles(query, facet, anyPartnersRole);
        if (!pairs.isEmpty()) {
            return terms(ProjectFields.ORGANISATION_ROLE, pairs);
        }
        Set<String> values = query.selected(facet);
        return switch (facet) {
            case YEAR -> anyOf(values.stream().map(v -> IntPoint.newExactQuery(ProjectFields.YEAR, Integer.parseInt(v))).toList());
            case BUDGET -> anyOf(values.stream().map(v -> budget(BudgetBand.of(v).orElseThrow())).toList());
            case STATUS -> anyOf(values.stream().map(this::status).toList());
            default -> terms(ProjectFacets.field(facet), values);
        };
    }

    private static Query terms(String field, java.util.Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query anyOf(List<Query> alternatives) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    private static Query budget(BudgetBand band) {
        double from = band.from() == null ? Double.NEGATIVE_INFINITY : band.from();
        double to = band.to() == null ? Double.POSITIVE_INFINITY : Math.nextDown(band.to());
        return DoublePoint.newRangeQuery(ProjectFields.BUDGET_EUR, from, to);
    }

    private Query status(String code) {
        return switch (Codes.parse(ProjectStatus.class, code).orElse(ProjectStatus.UNKNOWN)) {
            case PLANNED -> LongPoint.newRangeQuery(ProjectFields.FIRST_DAY, today + 1, Long.MAX_VALUE);
            case COMPLETED -> LongPoint.newRangeQuery(ProjectFields.LAST_DAY, Long.MIN_VALUE, today - 1);
            case RUNNING -> new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(ProjectFields.FIRST_DAY, Long.MIN_VALUE, today), Occur.FILTER)
                    .add(LongPoint.newRangeQuery(ProjectFields.LAST_DAY, today, Long.MAX_VALUE), Occur.FILTER)
                    .build();
            case UNKNOWN -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(new FieldExistsQuery(ProjectFields.FIRST_DAY), Occur.MUST_NOT).build();
        };
    }
}
