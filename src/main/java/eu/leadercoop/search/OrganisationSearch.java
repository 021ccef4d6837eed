package eu.leadercoop.search;

import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.index.OrganisationFields;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * The directory of organisations searched through the organisation index: names and aliases with the
 * same analysis as project search (Estonian, Polish and English inflections, optional diacritics), plus
 * each kind's name in the three languages; facets country, kind, region and "has projects". Works the
 * same on the embedded index and on a cluster (aggregations only).
 */
@Service
public class OrganisationSearch {

    /** The most facet values shown per facet. */
    static final int MAX_FACET_VALUES = 100;

    private final EntityManagerFactory entityManagerFactory;
    private final Organisations organisations;

    OrganisationSearch(EntityManagerFactory entityManagerFactory, Organisations organisations) {
        this.entityManagerFactory = entityManagerFactory;
        this.organisations = organisations;
    }

    public OrganisationResults search(OrganisationQuery query) {
        Set<Long> withProjects = organisations.withPublishedProjects();
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<Organisation> scope = session.scope(Organisation.class);
            SearchPredicateFactory f = scope.predicate();
            SearchResult<Long> page = session.search(scope).select(p -> p.id(Long.class))
                    .where(filters(f, query, withProjects, null))
                    .sort(s -> query.text().isEmpty()
                            ? s.field(OrganisationFields.NAME_SORT).then().field(OrganisationFields.COUNTRY)
                            : s.score().then().field(OrganisationFields.NAME_SORT))
                    .fetch(query.page() * query.size(), query.size());
            Map<String, List<OrganisationResults.FacetCount>> facets = new LinkedHashMap<>();
            facets.put(OrganisationResults.COUNTRY, terms(session, scope, query, withProjects, OrganisationResults.COUNTRY,
                    OrganisationFields.COUNTRY));
            facets.put(OrganisationResults.KIND, terms(session, scope, query, withProjects, OrganisationResults.KIND,
                    OrganisationFields.KIND));
            facets.put(OrganisationResults.REGION, terms(session, scope, query, withProjects, OrganisationResults.REGION,
                    OrganisationFields.REGIONS));
            facets.put(OrganisationResults.HAS_PROJECTS, hasProjects(session, scope, query, withProjects));
            return new OrganisationResults(page.total().hitCount(), page.hits(), facets);
        }
    }

    private static List<OrganisationResults.FacetCount> terms(SearchSession session, SearchScope<Organisation> scope,
            OrganisationQuery query, Set<Long> withProjects, String facet, String field) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
        SearchResult<Long> result = session.search(scope).select(p -> p.id(Long.class))
                .where(filters(scope.predicate(), query, withProjects, facet))
                .aggregation(key, a -> a.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0);
        List<OrganisationResults.FacetCount> counts = new ArrayList<>();
        result.aggregation(key).forEach((value, count) -> counts.add(new OrganisationResults.FacetCount(value, count)));
        counts.sort(Comparator.comparingLong(OrganisationResults.FacetCount::count).reversed()
                .thenComparing(OrganisationResults.FacetCount::value));
        return counts;
    }

    private static List<OrganisationResults.FacetCount> hasProjects(SearchSession session, SearchScope<Organisation> scope,
            OrganisationQuery query, Set<Long> withProjects) {
        SearchPredicate others = filters(scope.predicate(), query, withProjects, OrganisationResults.HAS_PROJECTS);
        long all = session.search(scope).select(p -> p.id(Long.class)).where(others).fetchTotalHitCount();
        long with = withProjects.isEmpty() ? 0 : session.search(scope).select(p -> p.id(Long.class))
                .where(scope.predicate().bool().must(others).must(scope.predicate().id().matchingAny(List.copyOf(withProjects))).toPredicate())
                .fetchTotalHitCount();
        List<OrganisationResults.FacetCount> counts = new ArrayList<>();
        counts.add(new OrganisationResults.FacetCount("true", with));
        counts.add(new OrganisationResults.FacetCount("false", all - with));
        return counts;
    }

    /** Every filter of the query but the one of {@code exceptFacet} (null: all of them). */
    private static SearchPredicate filters(SearchPredicateFactory f, OrganisationQuery query, Set<Long> withProjects,
            String exceptFacet) {
        var bool = f.bool();
        bool.must(f.matchAll());
        if (!query.text().isEmpty()) {
            var words = f.simpleQueryString().field(OrganisationFields.NAME).boost(2f).field(OrganisationFields.ALIAS);
            for (String lang : Analyzers.LANGUAGES) {
                words = words.field(OrganisationFields.WORDS_PREFIX + lang);
            }
            bool.must(words.matching(query.text()).defaultOperator(BooleanOperator.AND));
        }
        if (!query.countries().isEmpty() && !OrganisationResults.COUNTRY.equals(exceptFacet)) {
            bool.filter(f.terms().field(OrganisationFields.COUNTRY).matchingAny(upper(query.countries())));
        }
        if (!query.kinds().isEmpty() && !OrganisationResults.KIND.equals(exceptFacet)) {
            bool.filter(f.terms().field(OrganisationFields.KIND).matchingAny(List.copyOf(query.kinds())));
        }
        if (!query.regions().isEmpty() && !OrganisationResults.REGION.equals(exceptFacet)) {
            bool.filter(f.or(f.terms().field(OrganisationFields.REGIONS).matchingAny(List.copyOf(query.regions())),
                    f.terms().field(OrganisationFields.REGION).matchingAny(List.copyOf(query.regions()))));
        }
        if (query.hasProjects() != null && !OrganisationResults.HAS_PROJECTS.equals(exceptFacet)) {
            if (withProjects.isEmpty()) {
                if (query.hasProjects()) {
                    bool.filter(f.not(f.matchAll()));
                }
            } else if (query.hasProjects()) {
                bool.filter(f.id().matchingAny(List.copyOf(withProjects)));
            } else {
                bool.mustNot(f.id().matchingAny(List.copyOf(withProjects)));
            }
        }
        return bool.toPredicate();
    }

    private static List<String> upper(Set<String> codes) {
        return codes.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
    }
}
