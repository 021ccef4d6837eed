package eu.leadercoop.search;

import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.index.ProjectFields;
import eu.leadercoop.search.index.SearchSettings;
import eu.leadercoop.search.query.ExpandedWords;
import eu.leadercoop.search.query.FacetLabels;
import eu.leadercoop.search.query.HitReader;
import eu.leadercoop.search.query.IndexReaderPass;
import eu.leadercoop.search.query.OrganisationLookup;
import eu.leadercoop.search.query.ProjectFacetCounts;
import eu.leadercoop.search.query.ProjectPredicates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published projects with facets, and organisation typeahead. Answers come
 * from the index alone: no database query per search. On the embedded index the matching projects
 * are visited once by Lucene directly ({@link IndexReaderPass}: page, total and facet counts) and
 * Hibernate Search reads the page; on a cluster Hibernate Search does all of it with aggregations.
 */
@Service
public class ProjectSearch {

    /** The most project ids a search hands to a feed. */
    public static final int MAX_IDS = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final FacetLabels labels;
    private final SearchSettings settings;
    private final Thesaurus thesaurus;
    /** The project index's search analyzer, looked up on first use (the mapping starts with the persistence unit). */
    private volatile Analyzer projectAnalyzer;

    ProjectSearch(EntityManagerFactory entityManagerFactory, Clock clock, FacetLabels labels, SearchSettings settings,
            Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
        this.labels = labels;
        this.settings = settings;
    }

    public SearchResults search(SearchQuery query) {
        return search(query, settings.embedded());
    }

    /**
     * The search with the index pass (embedded index only) or with Hibernate Search's aggregations (the
     * way on a cluster, which works on the embedded index too): {@code SearchPathsIT} holds both to the
     * same answer.
     */
    SearchResults search(SearchQuery query, boolean indexReaderPass) {
        LocalDate today = LocalDate.now(clock);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<Project> scope = session.scope(Project.class);
            ExpandedWords words = ExpandedWords.of(query, thesaurus);
            ProjectPredicates predicates = new ProjectPredicates(scope.predicate(), query, today, words, !settings.embedded());
            HitReader reader = new HitReader(!query.text().isEmpty());
            long total;
            Map<Facet, Map<String, Long>> counts;
            List<SearchResults.Hit> hits;
            if (indexReaderPass) {
                IndexReaderPass.Result pass = IndexReaderPass.run(scope, searchAnalyzer(), query, words, today);
                total = pass.total();
                counts = pass.counts();
                hits = page(session, scope, predicates, reader, pass.ids(), query, today);
            } else {
                ProjectFacetCounts facetCounts = new ProjectFacetCounts(session, scope, predicates, query, today);
                var step = session.search(scope).select(reader.projection(scope.projection())).where(predicates.all())
                        .sort(sort(scope.sort(), query.sort()));
                if (!query.text().isEmpty()) {
                    HitReader.configure(step);
                }
                facetCounts.addTo(step);
                SearchResult<Object[]> result = step.fetch(Math.multiplyExact(query.page(), query.size()), query.size());
                total = result.total().hitCount();
                counts = facetCounts.read(result, total);
                hits = result.hits().stream().map(row -> reader.read(row, query.lang(), today)).toList();
            }
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

    /**
     * What the page shows of the projects the index pass found, in its order: Hibernate Search reads
     * their stored fields and highlights the words in them, asking the index for these projects only.
     */
    private static List<SearchResults.Hit> page(SearchSession session, SearchScope<Project> scope, ProjectPredicates predicates,
            HitReader reader, List<Long> ids, SearchQuery query, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var step = session.search(scope).select(reader.projection(scope.projection()))
                .where(f -> f.bool().must(predicates.text()).filter(f.id().matchingAny(ids)));
        if (!query.text().isEmpty()) {
            HitReader.configure(step);
        }
        Map<Long, SearchResults.Hit> byId = new HashMap<>();
        for (Object[] row : step.fetchHits(ids.size())) {
            SearchResults.Hit hit = reader.read(row, query.lang(), today);
            byId.put(hit.project().id(), hit);
        }
        // A project unpublished between the two passes is left out.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Analyzer searchAnalyzer() {
        Analyzer analyzer = projectAnalyzer;
        if (analyzer == null) {
            analyzer = Search.mapping(entityManagerFactory).indexManager(ProjectFields.INDEX).unwrap(LuceneIndexManager.class)
                    .searchAnalyzer();
            projectAnalyzer = analyzer;
        }
        return analyzer;
    }

    /** Ids of the projects a search finds (at most {@link #MAX_IDS}, best first), for feeds. */
    public List<Long> projectIds(SearchQuery query) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            SearchScope<Project> scope = session.scope(Project.class);
            ProjectPredicates predicates = new ProjectPredicates(scope.predicate(), query, LocalDate.now(clock),
                    ExpandedWords.of(query, thesaurus), !settings.embedded());
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
