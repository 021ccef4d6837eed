package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.registry.ListingOutcome;
import eu.leadercoop.registry.internal.OrganisationRepository;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory of organisations searched as a Polish LAG manager would look for an Estonian partner: by a
 * name in any of its spellings, by "lokalna grupa działania" in Polish, filtered by country and kind. Four
 * directory records (none of the example organisations) are loaded and committed, so that the search index
 * has them, and removed after each test.
 */
@IntegrationTest
class DirectorySearchIT {

    static final Set<String> RECORDS = Set.of("ee/arenduskoda", "ee/hiidlaste-koostookogu", "ee/hiiukala", "fi/pirkan-helmi");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DirectoryLoading loading;

    @Autowired
    OrganisationRepository repository;

    @Autowired
    TransactionTemplate transactions;

    List<Long> loaded;

    @BeforeEach
    void loadFiveRecords() {
        List<DirectoryEntry> entries = LagDirectory.shipped().entries().stream().filter(e -> RECORDS.contains(e.id())).toList();
        assertThat(entries).hasSize(RECORDS.size());
        List<ListingOutcome> outcomes = loading.load(LagDirectory.of(entries));
        assertThat(outcomes).extracting(ListingOutcome::status).containsOnly(ListingOutcome.Status.NEW);
        loaded = outcomes.stream().map(ListingOutcome::organisationId).toList();
    }

    @AfterEach
    void removeThem() {
        // through JPA, so that the search index forgets them too
        transactions.executeWithoutResult(status -> repository.deleteAllById(loaded));
    }

    @Test
    void aPolishReaderFindsAnEstonianLagByAnInflectedSpellingOfItsName() {
        Document page = Jsoup.parse(Responses.body(mvc.get().uri("/organisations?q=Arenduskoja&country=EE")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange()));
        assertThat(page.select("tr.lc-organisation th a").eachText()).containsExactly("Arenduskoda");
        assertThat(page.selectFirst(".lc-result-count").text()).isEqualTo("Znaleziono 1 organizację");
        assertThat(page.select("tr.lc-organisation td").eachText()).contains("lokalna grupa działania",
                "Estonia Harju maakond, Lääne-Viru maakond");
        assertThat(page.select("#facet-country legend").text()).isEqualTo("Kraj");
    }

    @Test
    void lokalnaGrupaDzialaniaInPolishFindsTheEstonianLagsButNotTheFisheriesGroup() {
        String body = Responses.body(mvc.get().uri("/api/organisations?q=lokalnej grupy działania&country=EE&size=100").exchange());
        List<String> names = JsonPath.read(body, "$.items[*].name");
        assertThat(names).contains("Arenduskoda", "Hiidlaste Koostöökogu", "MTÜ Ida-Harju Koostöökoda").doesNotContain("Hiiukala",
                "Pirkan Helmi");
        assertThat((List<String>) JsonPath.read(body, "$.items[*].kind")).containsOnly("lag");
        assertThat((List<String>) JsonPath.read(body, "$.items[*].country")).containsOnly("EE");
    }

    @Test
    void namesMatchWithoutDiacriticsAndTheFacetsCountTheOtherFilters() {
        String body = Responses.body(mvc.get().uri("/api/organisations?q=hiidlaste koostookogu").exchange());
        assertThat((List<String>) JsonPath.read(body, "$.items[*].name")).containsExactly("Hiidlaste Koostöökogu");
        assertThat((List<String>) JsonPath.read(body, "$.items[0].regions")).containsExactly("Hiiu maakond");

        String flags = Responses.body(mvc.get().uri("/api/organisations?country=EE&kind=flag").exchange());
        assertThat((List<String>) JsonPath.read(flags, "$.items[*].name")).containsExactly("Hiiukala");
        assertThat((Integer) JsonPath.read(flags, "$.total_items")).isEqualTo(1);
        // the kind facet counts EE's kinds as if no kind were chosen: as many LAGs as a search for EE's LAGs finds (the
        // 16 example LAGs, Arenduskoda, Hiidlaste and those other test classes of this context made)
        Integer eeLags = JsonPath.read(Responses.body(mvc.get().uri("/api/organisations?country=EE&kind=lag").exchange()), "$.total_items");
        assertThat(eeLags).isGreaterThanOrEqualTo(18);
        assertThat((List<Integer>) JsonPath.read(flags, "$.facets.kind[?(@.value == 'lag')].count")).containsExactly(eeLags);
        assertThat((List<Integer>) JsonPath.read(flags, "$.facets.kind[?(@.value == 'flag')].count")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(flags, "$.facets.country[?(@.value == 'FI')].count")).isEmpty();
    }

    @Test
    void hasProjectsLeavesOutTheDirectorysGroupsWithoutProjectsHere() {
        String with = Responses.body(mvc.get().uri("/api/organisations?country=EE&has_projects=true&size=100").exchange());
        assertThat((List<String>) JsonPath.read(with, "$.items[*].name")).contains("MTÜ Ida-Harju Koostöökoda")
                .doesNotContain("Arenduskoda", "Hiiukala");
        String without = Responses.body(mvc.get().uri("/api/organisations?country=EE&has_projects=false&size=100").exchange());
        assertThat((List<String>) JsonPath.read(without, "$.items[*].name")).contains("Arenduskoda", "Hiiukala")
                .doesNotContain("MTÜ Ida-Harju Koostöökoda");
    }

    @Test
    void aWrongParameterIsA400NamingIt() {
        assertThat(mvc.get().uri("/api/organisations?has_projects=maybe").exchange()).hasStatus(400)
                .bodyJson().extractingPath("$.detail").asString().contains("has_projects");
        assertThat(mvc.get().uri("/api/organisations?country=Estonia").exchange()).hasStatus(400)
                .bodyJson().extractingPath("$.detail").asString().contains("country");
    }
}
