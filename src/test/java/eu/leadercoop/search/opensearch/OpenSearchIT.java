package eu.leadercoop.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.CalendarQuery;
import eu.leadercoop.search.CrossLingualCases;
import eu.leadercoop.search.EventCalendar;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.SearchResults;
import eu.leadercoop.search.index.IndexMaintenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same mapping and queries on a real OpenSearch node, by configuration only
 * ({@code leadercoop.search.backend=elasticsearch} and Hibernate Search's host and version settings).
 * The minimal node has no language analysis: LeaderCoop analyses the texts and the words for it
 * ({@code PreAnalysis}), and finds the thesaurus concepts itself, so it answers as the embedded index does.
 */
class OpenSearchIT {

    static final String VUNKI_MANO = "Vunki mano! loometalgud";
    static final String ARUKAD_KULAD = "Arukate külade arenguprogramm";

    @TempDir
    static Path work;

    static OpenSearchNode node;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void startNodeAndApp() throws Exception {
        node = OpenSearchNode.start(work);
        String h2 = "jdbc:h2:file:" + work.resolve("db/leadercoop") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        app = new SpringApplicationBuilder(LeaderCoopApplication.class).web(WebApplicationType.NONE).run(
                "--leadercoop.data-dir=" + work.resolve("data"), "--spring.datasource.url=" + h2,
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--leadercoop.search.backend=elasticsearch",
                "--spring.jpa.properties.hibernate.search.backend.hosts=" + node.hostAndPort(),
                "--spring.jpa.properties.hibernate.search.backend.protocol=http",
                "--spring.jpa.properties.hibernate.search.backend.version=opensearch:3.4.0",
                "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void indexesLiveInTheClusterAndAnswerSearches() throws Exception {
        assertThat(node.get("/_cat/indices?h=index")).contains("project-", "event-", "organisation-");
        assertThat(titles(search("loometalgud", Map.of()))).containsExactly(VUNKI_MANO);
        // LeaderCoop analyses for the node: the plural finds the singular in Arukad külad's text.
        assertThat(titles(search("õppereisid", Map.of()))).contains(ARUKAD_KULAD);
    }

    @Test
    void facetsHighlightsAndStatusWorkTheSame() {
        SearchResults all = search("", Map.of(Facet.COUNTRY, List.of("EE")));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().stream().filter(f -> f.name().equals("country")).findFirst().orElseThrow().values())
                .extracting(SearchResults.FacetValue::value, SearchResults.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EE", 3L), org.assertj.core.groups.Tuple.tuple("PL", 1L));
        SearchResults hit = search("loometalgud", Map.of());
        assertThat(hit.hits().getFirst().highlights().title()).isEqualTo("Vunki mano! <mark>loometalgud</mark>");
        assertThat(hit.hits().getFirst().project().budget().amount()).isEqualByComparingTo("33002.80");
    }

    @Test
    void suggestionsCalendarAndARebuildWithoutDeleteByQuery() {
        ProjectSearch search = app.getBean(ProjectSearch.class);
        assertThat(search.suggestOrganisations("kklm", 5)).extracting(s -> s.name()).containsExactly("MTÜ Kodukant Läänemaa");
        EventCalendar calendar = app.getBean(EventCalendar.class);
        assertThat(calendar.find(new CalendarQuery(CalendarQuery.When.ALL, java.util.Set.of("hackathon"), "EE-86", null, null, 0, 10))
                .events()).extracting(e -> e.start().toEdtf()).containsExactly("2020-03", "2021-03");
        // The minimal node has no reindex module (no _delete_by_query): the rebuild drops and recreates the indexes.
        var report = app.getBean(IndexMaintenance.class).rebuild();
        assertThat(report.projects()).isEqualTo(4);
        assertThat(titles(search("loometalgud", Map.of()))).containsExactly(VUNKI_MANO);
    }

    @Test
    void languageMatchingAndTheThesaurusFindTheSameProjectsAsOnTheEmbeddedIndex() {
        // The concepts are found by LeaderCoop with its own analysers, at indexing and in the query, and the
        // words are analysed by LeaderCoop too (PreAnalysis): the minimal node answers as the embedded index does.
        for (CrossLingualCases.Case c : java.util.stream.Stream.concat(CrossLingualCases.CASES.stream(),
                CrossLingualCases.LANGUAGE_CASES.stream()).toList()) {
            assertThat(titles(app.getBean(ProjectSearch.class).search(SearchQuery.of(c.words(), c.lang(), Map.of(), null, 0, 10))))
                    .as(c.words()).containsExactlyInAnyOrderElementsOf(c.titles());
        }
        // the words as typed first: õppereis is written in the two Estonian projects only
        assertThat(titles(search("õppereis", Map.of()))).hasSize(3).endsWith(CrossLingualCases.WSPOLPRACA);
    }

    @Test
    void theThemeFacetCountsOnTheClusterToo() {
        SearchResults all = search("", Map.of());
        assertThat(all.facets().stream().filter(f -> f.name().equals("theme")).findFirst().orElseThrow().values())
                .filteredOn(v -> v.value().equals("smart-villages"))
                .extracting(SearchResults.FacetValue::label, SearchResults.FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("arukad külad", 1L));
        assertThat(titles(search("", Map.of(Facet.THEME, List.of("smart-villages"))))).containsExactly(ARUKAD_KULAD);
    }

    private static SearchResults search(String words, Map<Facet, List<String>> filters) {
        return app.getBean(ProjectSearch.class).search(SearchQuery.of(words, "et", filters, null, 0, 10));
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(h -> h.project().title()).toList();
    }
}
