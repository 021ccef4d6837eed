package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.ProjectStatus;
import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.analysis.PreAnalysis;
import eu.leadercoop.search.index.ProjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.util.common.data.Range;

/**
 * Turns a {@link SearchQuery} into predicates over the project index: the words against every
 * language's fields (each analysed its own way), and one filter per facet with a selection.
 */
public final class ProjectPredicates {

    static final float TITLE_BOOST = 3f;
    static final float PARTNERS_BOOST = 2f;
    static final float FOLDED_BOOST = 0.5f;
    /** Fields of the reader's language count a little more. */
    static final float OWN_LANGUAGE_BOOST = 1.5f;

    private final SearchPredicateFactory f;
    private final SearchQuery query;
    private final LocalDate today;
    private final ExpandedWords words;
    private final boolean preAnalysed;

    /** The query with its words as typed, no thesaurus, on the embedded index. */
    public ProjectPredicates(SearchPredicateFactory f, SearchQuery query, LocalDate today) {
        this(f, query, today, ExpandedWords.asTyped(QueryText.bounded(query.text())), false);
    }

    /**
     * The query with {@code words}, its words and the concepts they name. {@code preAnalysed} on a cluster:
     * the words are then also analysed here and matched against the texts' pre-analysed terms
     * (see {@link PreAnalysis}), so that inflected and unaccented forms match as on the embedded index.
     */
    public ProjectPredicates(SearchPredicateFactory f, SearchQuery query, LocalDate today, ExpandedWords words, boolean preAnalysed) {
        this.f = f;
        this.query = query;
        this.today = today;
        this.words = words;
        this.preAnalysed = preAnalysed;
    }

    /** The words of the query; everything when there are none. */
    public SearchPredicate text() {
        if (query.text().isEmpty()) {
            return f.matchAll().toPredicate();
        }
        if (!words.expanded()) {
            return words(words.text());
        }
        var all = f.bool();
        for (ExpandedWords.Part part : words.parts()) {
            if (part.concepts().isEmpty()) {
                all.must(words(part.text()));
            } else {
                var concepts = f.bool();
                part.conceptTerms().forEach(t -> concepts.should(f.match().field(t.getKey()).matching(t.getValue())));
                all.must(f.bool().should(words(part.text()))
                        .should(concepts.constantScore().boost(ExpandedWords.CONCEPT_BOOST)));
            }
        }
        words.excluded().forEach(w -> all.mustNot(words(w)));
        return all.toPredicate();
    }

    /**
     * Words (simple query string syntax), all of them, each in any of the text fields; on a cluster each
     * plain word as our analysers make it, the words as typed then only adding to the score and marking
     * the highlights. Alternatives and groups ({@code |}, parentheses) are matched as typed only.
     */
    private SearchPredicate words(String text) {
        SearchPredicate typed = wordsAsTyped(text);
        if (!preAnalysed || text.indexOf('|') >= 0 || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            return typed;
        }
        var all = f.bool();
        boolean any = false;
        Matcher tokens = ExpandedWords.TOKEN.matcher(text.replace('+', ' '));
        while (tokens.find()) {
            String token = tokens.group();
            boolean excluded = token.startsWith("-") && token.length() > 1;
            String word = excluded ? token.substring(1) : token;
            SearchPredicate match = ExpandedWords.PLAIN.matcher(word).matches() ? analysed(word) : wordsAsTyped(word);
            if (match == null) {
                continue;
            }
            if (excluded) {
                all.mustNot(match);
            } else {
                all.must(match);
                any = true;
            }
        }
        return any ? all.should(typed).toPredicate() : typed;
    }

    /** One word, analysed by each field's analyser here, against the fields' pre-analysed terms; null for a stop word. */
    private SearchPredicate analysed(String word) {
        var fields = f.bool();
        boolean any = false;
        for (Map.Entry<String, Float> field : textFields(query.lang()).entrySet()) {
            Set<String> terms = PreAnalysis.termSet(analyzerOf(field.getKey()), word);
            if (!terms.isEmpty()) {
                fields.should(f.match().field(ProjectFields.terms(field.getKey())).matching(String.join(" ", terms))
                        .boost(field.getValue()));
                any = true;
            }
        }
        return any ? fields.toPredicate() : null;
    }

    /** The analyser of a text field of {@link #textFields}: the language of a title or body, else folding only. */
    static String analyzerOf(String field) {
        for (String language : Analyzers.LANGUAGES) {
            if (field.equals(ProjectFields.title(language)) || field.equals(ProjectFields.body(language))) {
                return language;
            }
        }
        return Analyzers.FOLDED;
    }

    /** Words as typed (simple query string syntax), all of them, each in any of the text fields. */
    private SearchPredicate wordsAsTyped(String text) {
        SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> fields = null;
        for (Map.Entry<String, Float> field : textFields(query.lang()).entrySet()) {
            fields = fields == null ? f.simpleQueryString().field(field.getKey()).boost(field.getValue())
                    : fields.field(field.getKey()).boost(field.getValue());
        }
        return fields.matching(text).defaultOperator(BooleanOperator.AND).toPredicate();
    }

    /**
     * The fields the words are sought in, with their weights, for a reader of {@code lang}: every
     * language's title and body (the reader's own a little more), the partners' names, the folded text.
     * {@link LuceneProjectQuery} asks the same fields.
     */
    static Map<String, Float> textFields(String lang) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String language : Analyzers.LANGUAGES) {
            float own = language.equals(lang) ? OWN_LANGUAGE_BOOST : 1f;
            weights.put(ProjectFields.title(language), TITLE_BOOST * own);
            weights.put(ProjectFields.body(language), own);
        }
        weights.put(ProjectFields.PARTNERS, PARTNERS_BOOST);
        weights.put(ProjectFields.TEXT_FOLDED, FOLDED_BOOST);
        return weights;
    }

    /** The filter of every facet with a selection. */
    public Map<Facet, SearchPredicate> filters() {
        Map<Facet, SearchPredicate> filters = new EnumMap<>(Facet.class);
        query.filters().keySet().forEach(facet -> filters.put(facet, filter(facet, false)));
        return filters;
    }

    /**
     * The filters that count {@code facet}: all but its own. The organisation facet is counted with
     * roles held by any partner, since the role filter otherwise means the selected organisations' role.
     */
    public List<SearchPredicate> filtersExcept(Facet facet) {
        return filtersExcept(query, facet, this::filter);
    }

    /**
     * {@link #filtersExcept(Facet)} for any query language: {@code filter} makes the filter of a facet,
     * told whether a role means any partner's role.
     */
    static <Q> List<Q> filtersExcept(SearchQuery query, Facet facet, BiFunction<Facet, Boolean, Q> filter) {
        List<Q> filters = new ArrayList<>();
        for (Facet other : query.filters().keySet()) {
            if (other != facet) {
                filters.add(filter.apply(other, facet == Facet.ORGANISATION));
            }
        }
        return filters;
    }

    /** Projects with {@code value} in {@code facet}. */
    public SearchPredicate value(Facet facet, String value) {
        return valuesOf(facet, Set.of(value), true);
    }

    /** The whole query: words and every filter. */
    public SearchPredicate all() {
        return combine(text(), new ArrayList<>(filters().values()));
    }

    public SearchPredicate combine(SearchPredicate text, List<SearchPredicate> filters) {
        if (filters.isEmpty()) {
            return text;
        }
        var bool = f.bool().must(text);
        filters.forEach(bool::filter);
        return bool.toPredicate();
    }

    private SearchPredicate filter(Facet facet, boolean anyPartnersRole) {
        List<String> pairs = organisationRoles(query, facet, anyPartnersRole);
        if (!pairs.isEmpty()) {
            return f.terms().field(ProjectFields.ORGANISATION_ROLE).matchingAny(pairs).toPredicate();
        }
        return valuesOf(facet, query.selected(facet), anyPartnersRole);
    }

    /**
     * The {@code organisation:role} pairs the role filter means when organisations are selected too
     * (the selected organisations in those roles), unless any partner's role is asked for; else none.
     */
    static List<String> organisationRoles(SearchQuery query, Facet facet, boolean anyPartnersRole) {
        if (facet != Facet.ROLE || anyPartnersRole) {
            return List.of();
        }
        List<String> pairs = new ArrayList<>();
        query.selected(Facet.ORGANISATION).forEach(o -> query.selected(Facet.ROLE).forEach(r -> pairs.add(o + ":" + r)));
        return pairs;
    }

    private SearchPredicate valuesOf(Facet facet, Set<String> values, boolean anyPartnersRole) {
        return switch (facet) {
            case YEAR -> f.terms().field(ProjectFields.YEAR).matchingAny(values.stream().map(Integer::valueOf).toList()).toPredicate();
            case BUDGET -> anyOf(values.stream().map(v -> budget(BudgetBand.of(v).orElseThrow())).toList());
            case STATUS -> anyOf(values.stream().map(this::status).toList());
            default -> f.terms().field(ProjectFacets.field(facet)).matchingAny(values).toPredicate();
        };
    }

    private SearchPredicate anyOf(List<SearchPredicate> alternatives) {
        var bool = f.bool();
        alternatives.forEach(bool::should);
        return bool.toPredicate();
    }

    private SearchPredicate budget(BudgetBand band) {
        return f.range().field(ProjectFields.BUDGET_EUR).within(Range.canonical(band.from(), band.to())).toPredicate();
    }

    private SearchPredicate status(String code) {
        return switch (Codes.parse(ProjectStatus.class, code).orElse(ProjectStatus.UNKNOWN)) {
            case PLANNED -> f.range().field(ProjectFields.FIRST_DAY).greaterThan(today).toPredicate();
            case COMPLETED -> f.range().field(ProjectFields.LAST_DAY).lessThan(today).toPredicate();
            case RUNNING -> f.bool()
                    .must(f.range().field(ProjectFields.FIRST_DAY).atMost(today))
                    .must(f.range().field(ProjectFields.LAST_DAY).atLeast(today)).toPredicate();
            case UNKNOWN -> f.bool().mustNot(f.exists().field(ProjectFields.FIRST_DAY)).toPredicate();
        };
    }
}
