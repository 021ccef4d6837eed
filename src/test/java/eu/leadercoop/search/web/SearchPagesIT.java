package eu.leadercoop.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The search page, its htmx partial updates, typeahead, the organisation graph, the map and the header search box. */
@IntegrationTest
class SearchPagesIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyPageHasASearchBoxInItsHeader() {
        for (String uri : List.of("/", "/organisations", "/events", "/map")) {
            Element box = page(uri).selectFirst("header form[role=search]");
            assertThat(box).as(uri).isNotNull();
            assertThat(box.attr("action")).isEqualTo("/search");
            assertThat(box.select("input[name=q]")).hasSize(1);
            assertThat(box.select("input[name=q]").attr("aria-label")).isEqualTo("Search projects");
        }
    }

    @Test
    void resultsHighlightTheWordsFound() {
        Document page = page("/search?q=wyjazd%C3%B3w%20studyjnych");
        // the Polish project has the words; the two Estonian ones the same concept (õppereis), ranked after it
        assertThat(page.select(".lc-result-count").text()).isEqualTo("3 projects found");
        Element hit = page.selectFirst(".lc-hit");
        assertThat(hit.select("h2 a").text()).isEqualTo("Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich");
        assertThat(hit.select(".lc-snippet mark").eachText()).contains("wyjazdów", "studyjnych", "wyjazdom", "studyjnym");
        assertThat(hit.text()).contains("Budget: PLN176,072.20").contains("Partners (4)");
        assertThat(page.select("#search-q").val()).isEqualTo("wyjazdów studyjnych");
    }

    @Test
    void facetsAreCheckboxesWithCountsAndAnHtmxRequestGetsOnlyTheResults() {
        Document page = page("/search?country=PL");
        Element country = page.selectFirst("#facet-country");
        assertThat(country.select("legend").text()).isEqualTo("Country");
        assertThat(country.select("input[checked]").eachAttr("value")).containsExactly("PL");
        assertThat(country.select("label").eachText()).contains("Poland 1");
        assertThat(page.select("#search-form").attr("hx-get")).isEqualTo("/search");

        var partial = mvc.get().uri(URI.create("/search?country=PL")).header("HX-Request", "true").header("Accept-Language", "en").exchange();
        assertThat(partial).hasStatusOk();
        Document fragment = Jsoup.parseBodyFragment(Responses.body(partial));
        assertThat(fragment.select("header")).isEmpty();
        assertThat(fragment.select("#search-results .lc-hit")).hasSize(1);
        assertThat(fragment.select("#facet-country input[checked]").eachAttr("value")).containsExactly("PL");
    }

    @Test
    void badFilterValuesAreNamedOnThePage() {
        Document page = page("/search?year=soon");
        assertThat(page.select(".alert-warning li").eachText()).containsExactly("year: must be a year such as 2024, not 'soon'");
    }

    @Test
    void typeaheadOffersOrganisationsByAnyOfTheirNames() {
        String json = Responses.body(mvc.get().uri("/api/organisations/suggest?q=kklm").exchange());
        assertThat((List<String>) JsonPath.read(json, "$[*].name")).containsExactly("MTÜ Kodukant Läänemaa");
        assertThat((List<String>) JsonPath.read(json, "$[*].matched_alias")).containsExactly("KKLM");
        json = Responses.body(mvc.get().uri(URI.create("/api/organisations/suggest?q=ida%20harj")).exchange());
        assertThat((List<String>) JsonPath.read(json, "$[*].name")).containsExactly("MTÜ Ida-Harju Koostöökoda");
        json = Responses.body(mvc.get().uri("/api/organisations/suggest?q=KOOSTOO").exchange());
        assertThat((List<String>) JsonPath.read(json, "$[*].name")).containsExactlyInAnyOrder("MTÜ Lääne-Harju Koostöökogu",
                "MTÜ Põhja-Harju Koostöökogu", "MTÜ Ida-Harju Koostöökoda", "Jõgevamaa Koostöökoda",
                "Rohelise Jõemaa Koostöökogu", "MTÜ Virumaa Koostöökogu");
        assertThat(mvc.get().uri("/api/organisations/suggest?q=x&limit=0")).hasStatus(400);

        Document suggestions = Jsoup.parseBodyFragment(Responses.body(mvc.get()
                .uri(URI.create("/search/organisations?typed=kodukant&q=seminar")).header("Accept-Language", "en").exchange()));
        Element link = suggestions.selectFirst("#org-suggestions a");
        assertThat(link.text()).isEqualTo("MTÜ Kodukant Läänemaa");
        assertThat(link.attr("href")).matches("/search\\?q=seminar&organisation=\\d+");
    }

    @Test
    void organisationPageDrawsItsCooperationNetworkFromJson() {
        String id = String.valueOf((Integer) JsonPath.read(
                Responses.body(mvc.get().uri(URI.create("/api/organisations/suggest?q=L%C3%A4%C3%A4ne-Harju")).exchange()), "$[0].id"));
        Document page = page("/organisations/" + id);
        assertThat(page.select("#network-graph").attr("data-url")).isEqualTo("/api/organisations/" + id + "/network");
        assertThat(page.select("script[src$=search-network.js]")).hasSize(1);
        assertThat(page.select("a[href=/events.ics?when=all&organisation=" + id + "]")).hasSize(1);

        String graph = Responses.body(mvc.get().uri("/api/organisations/" + id + "/network").exchange());
        assertThat((List<Object>) JsonPath.read(graph, "$.nodes")).hasSize(16);
        assertThat((List<String>) JsonPath.read(graph, "$.nodes[?(@.centre == true)].name")).containsExactly("MTÜ Lääne-Harju Koostöökogu");
        assertThat((List<Integer>) JsonPath.read(graph, "$.nodes[?(@.centre == true)].shared_projects")).containsExactly(2);
        // Põhja-Harju and Ida-Harju were partners in both of its projects
        List<Map<String, Object>> strongest = JsonPath.read(graph, "$.links[?(@.source == " + id + " && @.shared_projects == 2)]");
        assertThat(strongest).hasSize(2);
        assertThat((List<Object>) JsonPath.read(graph, "$.links[?(@.source == " + id + ")]")).hasSize(15);
        // Põhja-Harju and Ida-Harju also worked together in both, without the centre
        assertThat((List<Integer>) JsonPath.read(graph, "$.links[?(@.source != " + id + " && @.shared_projects == 2)].shared_projects"))
                .containsExactly(2);
        assertThat(mvc.get().uri("/api/organisations/999999/network")).hasStatus(404);
    }

    @Test
    void mapCountsPartnersAndEventsPerRegionAtItsCentre() {
        String json = Responses.body(mvc.get().uri("/api/map/regions?lang=et").exchange());
        Map<String, Object> harju = JsonPath.<List<Map<String, Object>>>read(json, "$[?(@.code == 'EE-37')]").getFirst();
        assertThat(harju).containsEntry("name", "Harjumaa").containsEntry("organisations", 4).containsEntry("events", 0);
        Map<String, Object> voru = JsonPath.<List<Map<String, Object>>>read(json, "$[?(@.code == 'EE-86')]").getFirst();
        assertThat(voru).containsEntry("organisations", 3).containsEntry("events", 2);
        assertThat((Double) voru.get("latitude")).isBetween(57.0, 58.5);
        Document page = page("/map");
        assertThat(page.select("#region-map").attr("data-url")).isEqualTo("/api/map/regions?lang=en");
        assertThat(page.select("table td a").eachText()).contains("Harju County", "Võru County");
    }

    @Test
    void themesAreAFacetAndShownOnTheProjectPageInTheReadersLanguage() {
        Document page = page("/search?q=smart+villages&lang=pl");
        Element theme = page.selectFirst("#facet-theme");
        assertThat(theme.select("legend").text()).isEqualTo("Temat");
        assertThat(theme.select("label").eachText()).contains("inteligentne wioski 1");
        Document project = page(page.selectFirst(".lc-hit h2 a").attr("href") + "?lang=pl");
        assertThat(project.select("h1").text()).isEqualTo("Arukate külade arenguprogramm");
        assertThat(project.select(".lc-themes a").eachText()).contains("inteligentne wioski");
        assertThat(project.select(".lc-themes a").eachAttr("href")).contains("/search?theme=smart-villages");
    }

    private Document page(String uri) {
        var result = mvc.get().uri(URI.create(uri)).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }
}
