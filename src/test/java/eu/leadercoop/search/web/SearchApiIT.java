package eu.leadercoop.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code GET /api/search} over the example projects: the language matching of the issue, word by
 * word, facets, highlights, order and paging. Other tests may add projects starting in 2025 or
 * later; the counts here leave those out with a year filter where it matters.
 */
@IntegrationTest
class SearchApiIT {

    static final String PIIRKONDADE = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
    static final String ARUKAD_KULAD = "Arukate külade arenguprogramm";
    static final String VUNKI_MANO = "Vunki mano! loometalgud";
    static final String WSPOLPRACA = "Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich";
    /** The years the example projects run in, 2019 to 2024, as filter parameters. */
    static final String EXAMPLE_YEARS = "&year=2019&year=2020&year=2021&year=2022&year=2023&year=2024";

    @Autowired
    MockMvcTester mvc;

    @Test
    void estonianPluralFindsTheSingularAndItsOtherForms() {
        // Piirkondade: "õppereisi, kohtumise või seminari"; Arukad külad: "õppereis Eestis", "õppereisi";
        // then, through the thesaurus (study trip), Współpraca's "wyjazdów studyjnych"
        List<String> found = titles("õppereisid", "et", EXAMPLE_YEARS);
        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(PIIRKONDADE, ARUKAD_KULAD);
        assertThat(found.subList(2, found.size())).containsExactly(WSPOLPRACA);
    }

    @Test
    void estonianAdessiveFindsTheWordInAnotherCase() {
        // "Vähemalt ühe füüsilise koostööseminari korraldamine"
        assertThat(titles("koostööseminaril", "et", "")).containsExactly(PIIRKONDADE);
        assertThat(titles("koostööseminar", "en", "")).containsExactly(PIIRKONDADE);
    }

    @Test
    void polishGenitivePluralFindsTheNominativeAndBack() {
        // "organizacji dwóch wyjazdów studyjnych", "Dzięki wyjazdom studyjnym"
        // first; the Estonian study trips (õppereis) follow through the thesaurus
        assertThat(titles("wyjazdów studyjnych", "pl", EXAMPLE_YEARS)).hasSize(3).startsWith(WSPOLPRACA);
        assertThat(titles("wyjazd studyjny", "pl", EXAMPLE_YEARS)).hasSize(3).startsWith(WSPOLPRACA);
        assertThat(titles("\"wyjazd studyjny\"", "en", EXAMPLE_YEARS)).hasSize(3).startsWith(WSPOLPRACA);
    }

    @Test
    void diacriticsAreOptional() {
        // Partners "MTÜ Lääne-Harju Koostöökogu" (Piirkondade, Arukad külad), "MTÜ Virumaa Koostöökogu" (Arukad külad)
        // first; then the other projects, which name a LAG (koostöökogu is a term of that concept)
        List<String> koostookogu = titles("koostookogu", "en", EXAMPLE_YEARS);
        assertThat(koostookogu.subList(0, 2)).containsExactlyInAnyOrder(PIIRKONDADE, ARUKAD_KULAD);
        // "podniesieniu jakości działań", "Działanie 4 KSOW", "działania wspólne"
        assertThat(titles("dzialania", "en", EXAMPLE_YEARS)).startsWith(WSPOLPRACA);
    }

    @Test
    void englishIsStemmed() {
        // "hackathons" is "hackathon", a term of the thesaurus, whose Estonian term häkaton Vunki mano! has
        assertThat(titles("hackathons", "en", "")).containsExactly(VUNKI_MANO);
        assertThat(titles("häkaton", "et", "")).containsExactly(VUNKI_MANO);
    }

    @Test
    void aliasesOfPartnersAreSearchedToo() {
        // KKLM is an alias of MTÜ Kodukant Läänemaa, a partner of Piirkondade
        assertThat(titles("KKLM", "et", EXAMPLE_YEARS)).containsExactly(PIIRKONDADE);
    }

    @Test
    void highlightsMarkTheMatchingWordsInTheirOwnForm() {
        String body = search("q=" + encode("wyjazdów studyjnych") + "&lang=pl");
        List<String> text = JsonPath.read(body, "$.hits[0].highlights.text");
        assertThat(String.join(" ", text)).contains("<mark>wyjazdów</mark> <mark>studyjnych</mark>")
                .contains("<mark>wyjazdom</mark> <mark>studyjnym</mark>");
        String title = search("q=" + encode("arukas küla") + "&lang=et");
        assertThat((String) JsonPath.read(title, "$.hits[0].highlights.title"))
                .isEqualTo("<mark>Arukate</mark> <mark>külade</mark> arenguprogramm");
    }

    @Test
    void hitsShowTitlePeriodStatusPartnersAndBudget() {
        String body = search("q=" + encode("arukate külade") + "&lang=et");
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(1);
        Map<String, Object> project = JsonPath.read(body, "$.hits[0].project");
        assertThat(project).containsEntry("title", ARUKAD_KULAD).containsEntry("reference_number", "19302100001")
                .containsEntry("status", "completed").containsEntry("language", "et");
        assertThat((String) JsonPath.read(body, "$.hits[0].project.period.start")).isEqualTo("2021-01-01");
        assertThat((String) JsonPath.read(body, "$.hits[0].project.period.end")).isEqualTo("2022-12-31");
        assertThat((Double) JsonPath.read(body, "$.hits[0].project.budget.amount")).isEqualTo(251928.0);
        assertThat((String) JsonPath.read(body, "$.hits[0].project.budget.currency")).isEqualTo("EUR");
        assertThat((List<String>) JsonPath.read(body, "$.hits[0].project.partners[*].name")).hasSize(13)
                .startsWith("Tartumaa Arendusselts", "MTÜ Valgamaa Partnerluskogu");
    }

    @Test
    void facetsCountTheWholeResult() {
        String body = search("lang=en" + EXAMPLE_YEARS);
        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(4);
        assertThat(facet(body, "country")).containsExactly(Map.entry("EE", 3), Map.entry("PL", 1));
        assertThat(facet(body, "status")).containsExactly(Map.entry("planned", 0), Map.entry("running", 1),
                Map.entry("completed", 3), Map.entry("unknown", 0));
        assertThat(facet(body, "role")).containsExactly(Map.entry("partner", 3), Map.entry("applicant", 1),
                Map.entry("lead_partner", 1), Map.entry("network_partner", 1));
        assertThat(facet(body, "event_type")).containsExactlyInAnyOrder(Map.entry("conference", 1), Map.entry("hackathon", 1),
                Map.entry("online_meeting", 1), Map.entry("seminar", 1), Map.entry("study_trip", 1),
                Map.entry("study_trip_abroad", 1), Map.entry("year_end_event", 1));
        // 33 002.80 EUR and 176 072.20 PLN (about 40 947 EUR); 251 928 EUR; one without a budget
        assertThat(facet(body, "budget")).containsExactly(Map.entry("under_10k", 0), Map.entry("from_10k_to_50k", 2),
                Map.entry("from_50k_to_100k", 0), Map.entry("from_100k_to_500k", 1), Map.entry("from_500k", 0));
        assertThat(facet(body, "programme")).containsExactly(Map.entry("KSOW", 1),
                Map.entry("MTÜ Võrumaa Partnerluskogu strateegia", 1), Map.entry("PROW", 1));
        assertThat(facet(body, "region")).contains(Map.entry("EE-37", 2), Map.entry("PL-LU", 1));
        assertThat((List<String>) JsonPath.read(body, "$.facets[?(@.name == 'country')].values[*].label"))
                .containsExactly("Estonia", "Poland");
        assertThat((List<String>) JsonPath.read(body, "$.facets[?(@.name == 'status')].values[*].label"))
                .containsExactly("planned", "running", "completed", "period unknown");
    }

    @Test
    void facetsCombineAndEachFacetIsCountedWithoutItsOwnSelection() {
        String body = search("lang=en&country=EE&status=completed" + EXAMPLE_YEARS);
        assertThat(titles(body)).containsExactlyInAnyOrder(ARUKAD_KULAD, VUNKI_MANO);
        // Choosing Estonia still shows the Polish project among completed ones...
        assertThat(facet(body, "country")).containsExactly(Map.entry("EE", 2), Map.entry("PL", 1));
        // ...and choosing completed still shows the running Estonian one.
        assertThat(facet(body, "status")).containsExactly(Map.entry("planned", 0), Map.entry("running", 1),
                Map.entry("completed", 2), Map.entry("unknown", 0));
        assertThat((List<Boolean>) JsonPath.read(body, "$.facets[?(@.name == 'country')].values[*].selected"))
                .containsExactly(true, false);
        // Values within a facet are alternatives.
        assertThat((Integer) JsonPath.read(search("lang=en&country=EE&country=PL" + EXAMPLE_YEARS), "$.total")).isEqualTo(4);
    }

    @Test
    void roleWithAnOrganisationMeansThatOrganisationsRole() {
        String ids = search("q=" + encode("Lääne-Harju") + "&lang=en" + EXAMPLE_YEARS);
        List<Map<String, Object>> organisations = JsonPath.read(ids, "$.facets[?(@.name == 'organisation')].values[*]");
        String laaneHarju = organisations.stream().filter(v -> v.get("label").equals("MTÜ Lääne-Harju Koostöökogu"))
                .map(v -> (String) v.get("value")).findFirst().orElseThrow();
        assertThat(titles(search("lang=en&organisation=" + laaneHarju + "&role=lead_partner" + EXAMPLE_YEARS)))
                .containsExactly(PIIRKONDADE);
        assertThat(titles(search("lang=en&organisation=" + laaneHarju + "&role=partner" + EXAMPLE_YEARS)))
                .containsExactly(ARUKAD_KULAD);
        // Codes are read the way the registry reads them: Lead-Partner is lead_partner.
        assertThat(titles(search("lang=en&organisation=" + laaneHarju + "&role=Lead-Partner" + EXAMPLE_YEARS)))
                .containsExactly(PIIRKONDADE);
    }

    @Test
    void sortsByStartDateAndBudget() {
        assertThat(titles(search("lang=en&sort=start_date_desc" + EXAMPLE_YEARS)))
                .containsExactly(PIIRKONDADE, WSPOLPRACA, ARUKAD_KULAD, VUNKI_MANO);
        assertThat(titles(search("lang=en&sort=start_date_asc" + EXAMPLE_YEARS)))
                .containsExactly(VUNKI_MANO, ARUKAD_KULAD, WSPOLPRACA, PIIRKONDADE);
        // 251 928 EUR; 176 072.20 PLN is about 40 947 EUR; 33 002.80 EUR; no budget last
        assertThat(titles(search("lang=en&sort=budget_desc" + EXAMPLE_YEARS)))
                .containsExactly(ARUKAD_KULAD, WSPOLPRACA, VUNKI_MANO, PIIRKONDADE);
    }

    @Test
    void pages() {
        String body = search("lang=en&sort=start_date_asc&size=3&page=1" + EXAMPLE_YEARS);
        assertThat(titles(body)).containsExactly(PIIRKONDADE);
        assertThat((Integer) JsonPath.read(body, "$.total_pages")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.page")).isEqualTo(1);
    }

    @Test
    void badParametersAreNamed() {
        var result = mvc.get().uri("/api/search?lang=fi&year=20x4&sort=price&size=0").exchange();
        assertThat(result).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(result), "$.errors[*].field"))
                .containsExactlyInAnyOrder("lang", "sort", "size", "year");
    }

    @Test
    void searchAndSuggestAreDescribedInOpenApi() {
        String docs = Responses.body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat((List<String>) JsonPath.read(docs, "$.paths['/api/search'].get.parameters[*].name")).contains(
                "q", "lang", "country", "region", "organisation", "role", "programme", "measure", "event_type", "year",
                "budget", "status", "sort", "page", "size");
        assertThat((List<String>) JsonPath.read(docs, "$.paths['/api/organisations/suggest'].get.parameters[*].name"))
                .containsExactly("q", "limit");
        assertThat((Map<String, Object>) JsonPath.read(docs, "$.components.schemas.SearchResults.properties"))
                .containsKeys("total", "total_pages", "hits", "facets");
    }

    private List<String> titles(String words, String lang, String filters) {
        return titles(search("q=" + encode(words) + "&lang=" + lang + filters));
    }

    private static List<String> titles(String body) {
        return JsonPath.read(body, "$.hits[*].project.title");
    }

    private static List<Map.Entry<String, Integer>> facet(String body, String name) {
        List<Map<String, Object>> values = JsonPath.read(body, "$.facets[?(@.name == '" + name + "')].values[*]");
        return values.stream().map(v -> Map.entry((String) v.get("value"), (Integer) v.get("count"))).toList();
    }

    private String search(String parameters) {
        var result = mvc.get().uri(URI.create("/api/search?" + parameters)).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
