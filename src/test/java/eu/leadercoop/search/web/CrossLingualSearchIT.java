package eu.leadercoop.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.search.CrossLingualCases;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 18 on the example projects through {@code GET /api/search}: a query in one language finds
 * projects written in another through the LEADER thesaurus, country and region names in any language
 * find the projects with partners there, the theme facet, and the words as typed rank first.
 * Other tests may add projects; the year filter keeps to the examples (2019 to 2024).
 */
@IntegrationTest
class CrossLingualSearchIT {

    static final String PIIRKONDADE = CrossLingualCases.PIIRKONDADE;
    static final String ARUKAD_KULAD = CrossLingualCases.ARUKAD_KULAD;
    static final String WSPOLPRACA = CrossLingualCases.WSPOLPRACA;
    static final String EXAMPLES = SearchApiIT.EXAMPLE_YEARS;

    @Autowired
    MockMvcTester mvc;

    @Test
    void queriesInOneLanguageFindProjectsWrittenInAnother() {
        for (CrossLingualCases.Case c : concat(CrossLingualCases.CASES, CrossLingualCases.LANGUAGE_CASES)) {
            assertThat(titles(c.words(), c.lang())).as(c.words()).containsExactlyInAnyOrderElementsOf(c.titles());
        }
    }

    @Test
    void aRegionNameFindsWhatTheRegionFilterFinds() {
        List<String> inHarju = titles(search("region=EE-37&lang=en" + EXAMPLES));
        assertThat(inHarju).containsExactlyInAnyOrder(PIIRKONDADE, ARUKAD_KULAD);
        assertThat(titles("Harju County", "en")).containsExactlyInAnyOrderElementsOf(inHarju);
    }

    @Test
    void theWordAsTypedRanksAboveAMatchThroughTheThesaurus() {
        // õppereis is written in the two Estonian projects; the Polish one has only wyjazdy studyjne
        List<String> oppereis = titles("õppereis", "pl");
        assertThat(oppereis).hasSize(3).endsWith(WSPOLPRACA);
        assertThat(titles("wyjazd studyjny", "et")).hasSize(3).startsWith(WSPOLPRACA);
    }

    @Test
    void theThemeFacetCountsProjectsWithLabelsInTheReadersLanguage() {
        String body = search("lang=et" + EXAMPLES);
        List<Map<String, Object>> themes = JsonPath.read(body, "$.facets[?(@.name == 'theme')].values[*]");
        Map<String, Object> smart = themes.stream().filter(v -> v.get("value").equals("smart-villages")).findFirst().orElseThrow();
        assertThat(smart).containsEntry("count", 1).containsEntry("label", "arukad külad");
        String filtered = search("lang=pl&theme=smart-villages" + EXAMPLES);
        assertThat(titles(filtered)).containsExactly(ARUKAD_KULAD);
        List<Map<String, Object>> selected = JsonPath.read(filtered, "$.facets[?(@.name == 'theme')].values[?(@.selected == true)]");
        assertThat(selected).singleElement().satisfies(v -> assertThat(v).containsEntry("label", "inteligentne wioski")
                .containsEntry("count", 1));
        // every count is the number of projects the filter then finds
        for (Map<String, Object> value : themes) {
            String withTheme = search("lang=et&theme=" + value.get("value") + EXAMPLES);
            assertThat((Integer) JsonPath.read(withTheme, "$.total")).as((String) value.get("value")).isEqualTo(value.get("count"));
        }
    }

    static List<CrossLingualCases.Case> concat(List<CrossLingualCases.Case> a, List<CrossLingualCases.Case> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private List<String> titles(String words, String lang) {
        return titles(search("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&lang=" + lang + EXAMPLES));
    }

    private static List<String> titles(String body) {
        return JsonPath.read(body, "$.hits[*].project.title");
    }

    private String search(String parameters) {
        var result = mvc.get().uri(URI.create("/api/search?" + parameters)).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }
}
