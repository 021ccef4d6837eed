package eu.leadercoop.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.bench.BenchLoader;
import eu.leadercoop.search.bench.BenchQuery;
import eu.leadercoop.search.bench.ProjectGenerator;
import eu.leadercoop.search.index.IndexMaintenance;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On the embedded index a search visits the matching projects with Lucene directly (the index pass);
 * on a cluster Hibernate Search counts the facets with aggregations. Both must give the same answer:
 * here they do, on 600 generated projects of the benchmark's shape (its own app and H2 database, so
 * that the shared test data stays as it is), for every query of the benchmark's mix and more filters,
 * pages and orders: the same total, the same projects in the same order, the same facet values and
 * counts in the same order, and the same highlights.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPathsIT {

    private static final int PROJECTS = 600;

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private ProjectSearch search;

    @BeforeAll
    void loadProjects() throws Exception {
        String h2 = "jdbc:h2:file:" + dataDir.resolve("db/leadercoop")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        app = new SpringApplicationBuilder(LeaderCoopApplication.class).run("--server.port=0", "--management.server.port=",
                "--leadercoop.data-dir=" + dataDir, "--spring.datasource.url=" + h2, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--leadercoop.examples.enabled=false", "--leadercoop.directory.enabled=false");
        BenchLoader loader = new BenchLoader(app.getBean(EntityManagerFactory.class), null,
                new ProjectGenerator(20261206L, PROJECTS, 60));
        loader.loadOrganisations();
        loader.loadProjects(1);
        app.getBean(IndexMaintenance.class).rebuild();
        search = app.getBean(ProjectSearch.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    Stream<SearchQuery> queries() {
        List<SearchQuery> queries = new ArrayList<>();
        BenchQuery.mix().forEach(q -> queries.add(q.toSearchQuery()));
        queries.add(SearchQuery.of("", "et", Map.of(), "relevance", 0, 10));
        queries.add(SearchQuery.of("", "pl", Map.of(), "relevance", 2, 7));
        queries.add(SearchQuery.of("seminar", "et", Map.of(), "start_date_asc", 1, 5));
        queries.add(SearchQuery.of("koolitus", "et", Map.of(), "budget_asc", 0, 10));
        queries.add(SearchQuery.of("", "en", Map.of(Facet.STATUS, List.of("unknown", "planned")), "relevance", 0, 10));
        queries.add(SearchQuery.of("", "en", Map.of(Facet.STATUS, List.of("completed")), "budget_desc", 0, 10));
        queries.add(SearchQuery.of("", "en", Map.of(Facet.ROLE, List.of("lead_partner"), Facet.ORGANISATION, List.of("3", "5")),
                "relevance", 0, 10));
        queries.add(SearchQuery.of("", "en", Map.of(Facet.ORGANISATION, List.of("7")), "relevance", 0, 10));
        queries.add(SearchQuery.of("", "pl", Map.of(Facet.REGION, List.of("PL-MZ", "EE-37"), Facet.YEAR, List.of("2018", "2021"),
                Facet.BUDGET, List.of("under_10k", "from_500k"), Facet.EVENT_TYPE, List.of("seminar")), "start_date_desc", 0, 10));
        queries.add(SearchQuery.of("Koostöö*", "et", Map.of(), "relevance", 0, 10));
        queries.add(SearchQuery.of("ja", "et", Map.of(), "relevance", 0, 10));
        queries.add(SearchQuery.of("no such word anywhere", "en", Map.of(), "relevance", 0, 10));
        return queries.stream();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theIndexPassAnswersAsTheAggregationsDo(SearchQuery query) {
        SearchResults throughAggregations = search.search(query, false);
        SearchResults throughIndexPass = search.search(query, true);

        assertThat(throughIndexPass.total()).isEqualTo(throughAggregations.total());
        assertThat(throughIndexPass.hits()).isEqualTo(throughAggregations.hits());
        assertThat(throughIndexPass.facets()).isEqualTo(throughAggregations.facets());
        assertThat(throughIndexPass).isEqualTo(throughAggregations);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theQueriesFindSomething(SearchQuery query) {
        // The comparison above means little on empty answers: most of these queries find projects.
        if (!query.text().startsWith("no such") && !query.text().equals("ja")) {
            assertThat(search.search(query).total()).as(query.toString()).isPositive();
        }
    }
}
