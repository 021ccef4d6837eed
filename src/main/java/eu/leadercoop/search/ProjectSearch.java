package eu.leadercoop.search;

import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.index.ProjectFields;
import eu.leadercoop.search.query.FacetLabels;
import eu.leadercoop.search.query.HitReader;
import eu.leadercoop.search.query.OrganisationLookup;
import eu.leadercoop.search.query.ProjectFacetCounts;
import eu.leadercoop.search.query.ProjectPredicates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published projects with facets, and organisation typeahead. Answers come
 * from the index alone: no database query per search.
 */
@Service
public class ProjectSearch {

    /** The most project ids a search hands to a feed. */
    public static final int MAX_IDS = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final FacetLabels labels;

    ProjectSearch(EntityManagerFactory entityManagerFactory, Clock clock, FacetLabels labels) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.labels = labels;
    }

    public SearchResults search(SearchQuery query) {
        LocalDate today = LocalDate.now(clock);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<Project> scope = session.scope(Project.class);
            ProjectPredicates predicates = new ProjectPredicates(scope.predicate(), query, today);
            HitReader reader = new HitReader(!query.text().isEmpty());
            ProjectFacetCounts facetCounts = new ProjectFacetCounts(session, scope, predicates, query, today);

            var step = session.search(scope).select(reader.projection(scope.projection())).where(predicates.all())
                    .sort(sort(scope.sort(), query.sort()));
            if (!query.text().isEmpty()) {
                HitReader.configure(step);
            }
            facetCounts.addTo(step);
            SearchResult<Object[]> result = step.fetch(Math.multiplyExact(query.page(), query.size()), query.size());
            long total = result.total().hitCount();

            Map<Facet, Map<String, Long>> counts = facetCounts.read(result, total);
            List<SearchResults.Hit> hits = result.hits().stream().map(row -> reader.read(row, query.lang(), today)).toList();
            Set<String> organisationIds = new LinkedHashSet<>(counts.getOrDefault(Facet.ORGANISATION, Map.of()).keySet());
            Map<String, String> names = new OrganisationLookup(session).names(organisationIds);
            Locale locale = Locale.forLanguageTag(query.lang());
            List<SearchResults.FacetCounts> facets = new ArrayList<>();
            counts.forEach((facet, values) -> facets.add(new SearchResults.FacetCounts(facet.code(), values.entrySet().stream()
                    .map(e -> new SearchResults.FacetValue(e.getKey(), labels.label(facet, e.getKey(), locale, names), e.getValue(),
                            query.selected(facet).contains(e.getKey())))
                    .toList())));
            int pages = (int) ((total + query.size() - 1) / query.size());
            return new SearchResults(query.text(), total, query.page(), query.size(), pages, query.sort().code(), hits, facets);
        }
    }

    /** Ids of the projects a search finds (at most {@link #MAX_IDS}, best first), for feeds. */
    public List<Long> projectIds(SearchQuery query) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<Project> scope = session.scope(Project.class);
            ProjectPredicates predicates = new ProjectPredicates(scope.predicate(), query, LocalDate.now(clock));
            return session.search(scope).select(f -> f.id(Long.class)).where(predicates.all()).fetchHits(MAX_IDS);
        }
    }

    /** Organisations whose name or alias begins with the words typed; see {@link OrganisationLookup#suggest}. */
    public List<OrganisationSuggestion> suggestOrganisations(String typed, int limit) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return new OrganisationLookup(Search.session(em)).suggest(typed == null ? "" : typed, limit);
        }
    }

    private static org.hibernate.search.engine.search.sort.SearchSort sort(SearchSortFactory f, SearchSort order) {
        return switch (order) {
            case RELEVANCE -> f.score().then().field(ProjectFields.START_DAY).desc().missing().last().toSort();
            case START_DATE_DESC -> f.field(ProjectFields.START_DAY).desc().missing().last().then().score().toSort();
            case START_DATE_ASC -> f.field(ProjectFields.START_DAY).asc().missing().last().then().score().toSort();
            case BUDGET_DESC -> f.field(ProjectFields.BUDGET_EUR).desc().missing().last().then().score().toSort();
            case BUDGET_ASC -> f.field(ProjectFields.BUDGET_EUR).asc().missing().last().then().score().toSort();
        };
    }
}
