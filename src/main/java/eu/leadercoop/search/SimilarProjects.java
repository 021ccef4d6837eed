package eu.leadercoop.search;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.index.OrganisationFields;
import eu.leadercoop.search.index.ProjectFields;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * Published projects alike in their texts, and the facts about organisations that ranking partners
 * needs, from the index alone. "Alike" is a More-Like-This query: the distinct words of a text, each
 * analysed in every language's field as the search itself analyses it, any of them may match, and
 * BM25 scores the projects (rare shared words count most, a project's many common words little).
 * Works the same on the embedded index and on a cluster.
 */
@Service
public class SimilarProjects {

    /** The most distinct words of a text that the query asks for: a long description is cut here. */
    static final int MAX_WORDS = 60;
    private static final int MAX_WORD = 40;

    private final EntityManagerFactory entityManagerFactory;

    SimilarProjects(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * A published project as ranking partners sees it: its partners, the year it started (null if
     * undated) and its period's end as EDTF (null if open or unknown).
     */
    public record Match(long projectId, String title, double score, Integer startYear, String periodEnd, List<Partner> partners) {
    }

    public record Partner(long organisationId, String role, String name) {
    }

    /** What the organisation index holds about an organisation. */
    public record OrganisationFacts(long id, String name, String country, String region, String kind) {
    }

    /**
     * The published projects most alike {@code text}, best first, leaving out {@code excluded} (the
     * project asked about itself). Empty for a text without words.
     */
    public List<Match> similarTo(String text, Set<Long> excluded, int limit) {
        String words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            List<Object> excludedIds = new ArrayList<>(excluded);
            var scope = session.scope(Project.class);
            SearchResult<List<?>> result = session.search(scope)
                    .select(projection(scope.projection()))
                    .where(f -> {
                        var bool = f.bool().must(f.simpleQueryString().fields(textFields()).matching(words)
                                .defaultOperator(BooleanOperator.OR));
                        if (!excludedIds.isEmpty()) {
                            bool.mustNot(f.id().matchingAny(excludedIds));
                        }
                        return bool;
                    })
                    .fetch(limit);
            return read(result.hits(), true);
        }
    }

    /** An organisation's published projects, latest start first (at most {@code limit}), and how many there are. */
    public OrganisationProjects ofOrganisation(long organisationId, int limit) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            var scope = session.scope(Project.class);
            SearchResult<List<?>> result = session.search(scope)
                    .select(projection(scope.projection()))
                    .where(f -> f.match().field(ProjectFields.ORGANISATION).matching(String.valueOf(organisationId)))
                    .sort(f -> f.field(ProjectFields.START_DAY).desc().missing().last())
                    .fetch(limit);
            return new OrganisationProjects(result.total().hitCountLowerBound(), read(result.hits(), false));
        }
    }

    public record OrganisationProjects(long total, List<Match> latest) {
    }

    /**
     * The organisations of {@code countries} that take part in the most published projects ({@code excluded}
     * not counted), most first: the "most active in the country" a partner search falls back on.
     */
    public List<Long> mostActive(Set<String> countries, Set<Long> excluded, int limit) {
        if (countries.isEmpty()) {
            return List.of();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            AggregationKey<Map<String, Long>> key = AggregationKey.of("organisations");
            SearchResult<Long> result = session.search(Project.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> {
                        var bool = f.bool().must(f.terms().field(ProjectFields.COUNTRY).matchingAny(new ArrayList<>(countries)));
                        if (!excluded.isEmpty()) {
                            bool.mustNot(f.id().matchingAny(new ArrayList<>(excluded)));
                        }
                        return bool;
                    })
                    .aggregation(key, f -> f.terms().field(ProjectFields.ORGANISATION, String.class).maxTermCount(Math.max(limit * 4, 200)))
                    .fetch(0);
            Map<String, Long> counts = result.aggregation(key);
            Map<Long, OrganisationFacts> facts = organisations(counts.keySet().stream().map(Long::valueOf).toList());
            return counts.entrySet().stream()
                    .filter(e -> facts.containsKey(Long.valueOf(e.getKey())) && countries.contains(facts.get(Long.valueOf(e.getKey())).country()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(e -> Long.valueOf(e.getKey())).toList();
        }
    }

    /**
     * How many published projects touching {@code sinceYear} or later each of these organisations takes
     * part in, {@code excluded} projects not counted (organisations with none are left out).
     */
    public Map<Long, Long> recentProjects(Collection<Long> organisationIds, int sinceYear, Set<Long> excluded) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            AggregationKey<Map<String, Long>> key = AggregationKey.of("organisations");
            List<String> ids = organisationIds.stream().map(String::valueOf).distinct().toList();
            SearchResult<Long> result = session.search(Project.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> {
                        var bool = f.bool().must(f.terms().field(ProjectFields.ORGANISATION).matchingAny(ids))
                                .must(f.range().field(ProjectFields.YEAR).atLeast(sinceYear));
                        if (!excluded.isEmpty()) {
                            bool.mustNot(f.id().matchingAny(new ArrayList<>(excluded)));
                        }
                        return bool;
                    })
                    .aggregation(key, f -> f.terms().field(ProjectFields.ORGANISATION, String.class).maxTermCount(100_000))
                    .fetch(0);
            Set<String> wanted = Set.copyOf(ids);
            Map<Long, Long> counts = new HashMap<>();
            result.aggregation(key).forEach((id, count) -> {
                if (wanted.contains(id)) {
                    counts.put(Long.valueOf(id), count);
                }
            });
            return counts;
        }
    }

    /** Name, country, region and kind of each of these organisations that the index holds. */
    public Map<Long, OrganisationFacts> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            List<Object> keys = new ArrayList<>(new LinkedHashSet<>(ids));
            Map<Long, OrganisationFacts> found = new HashMap<>();
            Search.session(em).search(Organisation.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field(OrganisationFields.NAME, String.class),
                            f.field(OrganisationFields.COUNTRY, String.class), f.field(OrganisationFields.REGION, String.class),
                            f.field(OrganisationFields.KIND, String.class)).asList())
                    .where(f -> f.id().matchingAny(keys))
                    .fetchHits(keys.size())
                    .forEach(row -> found.put((Long) row.get(0), new OrganisationFacts((Long) row.get(0), (String) row.get(1),
                            (String) row.get(2), (String) row.get(3), (String) row.get(4))));
            return found;
        }
    }

    /**
     * The distinct words of a text as a query string: letters and digits only, so nothing in it is query
     * syntax; at most {@value #MAX_WORDS} words.
     */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .map(w -> w.toLowerCase(Locale.ROOT))
                .distinct().limit(MAX_WORDS).collect(Collectors.joining(" "));
    }

    private static String[] textFields() {
        List<String> fields = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) {
            fields.add(ProjectFields.title(lang));
            fields.add(ProjectFields.body(lang));
        }
        fields.add(ProjectFields.TEXT_FOLDED);
        return fields.toArray(String[]::new);
    }

    private static SearchProjection<List<?>> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.score(), f.field(ProjectFields.TITLE_OWN, String.class),
                f.field(ProjectFields.PERIOD_START, String.class), f.field(ProjectFields.PARTNER_ENTRY, String.class).multi(),
                f.field(ProjectFields.PERIOD_END, String.class))
                .asList().toProjection();
    }

    @SuppressWarnings("unchecked")
    private static List<Match> read(List<List<?>> rows, boolean scored) {
        List<Match> matches = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            List<Partner> partners = new ArrayList<>();
            for (String entry : (List<String>) row.get(4)) {
                String[] parts = entry.split("\t", 3);
                partners.add(new Partner(Long.parseLong(parts[0]), parts[1], parts.length > 2 ? parts[2] : ""));
            }
            String start = (String) row.get(3);
            Integer year = start != null && start.length() >= 4 && start.substring(0, 4).chars().allMatch(Character::isDigit)
                    ? Integer.valueOf(start.substring(0, 4)) : null;
            matches.add(new Match((Long) row.get(0), (String) row.get(2), scored ? ((Number) row.get(1)).doubleValue() : 0, year,
                    (String) row.get(5), List.copyOf(partners)));
        }
        return matches;
    }

    /** Keeps the order of first appearance: ids of organisations in these projects. */
    public static Map<Long, List<Match>> byOrganisation(List<Match> matches) {
        Map<Long, List<Match>> by = new LinkedHashMap<>();
        for (Match m : matches) {
            for (Partner p : m.partners()) {
                by.computeIfAbsent(p.organisationId(), k -> new ArrayList<>()).add(m);
            }
        }
        return by;
    }
}
