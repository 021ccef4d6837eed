package eu.leadercoop.search.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.search.Concept;
import eu.leadercoop.search.ConceptGroup;
import eu.leadercoop.search.Thesaurus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The thesaurus the application ships loads without a problem (every concept has its required
 * languages, ids are unique, groups and codes are right: else {@link Thesaurus#load()} throws), and it
 * covers what the search relies on: the EU's countries, the registry's regions and event types.
 */
class ApplicationThesaurusTest {

    static final Thesaurus SHIPPED = Thesaurus.load();
    static final List<String> EU_COUNTRIES = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    @Test
    void everyEuCountryIsAConceptWithItsCode() {
        assertThat(codes(ConceptGroup.COUNTRY)).containsAll(EU_COUNTRIES);
    }

    @Test
    void everyRegionOfTheRegistryIsAConcept() throws IOException {
        try (InputStream csv = getClass().getResourceAsStream("/registry/regions.csv")) {
            List<String> regions = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(','))).toList();
            assertThat(codes(ConceptGroup.REGION)).containsAll(regions);
        }
    }

    @Test
    void everyEventTypeButOtherIsAConcept() {
        assertThat(codes(ConceptGroup.EVENT)).containsAll(Arrays.stream(EventType.values())
                .filter(t -> t != EventType.OTHER).map(Enum::name).toList());
    }

    @Test
    void theIssuesExamplesAreMentions() {
        assertThat(SHIPPED.conceptsIn("Partnerite liikmete õppereis ja koostööseminar", "et")).contains("study-trip");
        assertThat(SHIPPED.conceptsIn("organizacji dwóch wyjazdów studyjnych", "pl")).contains("study-trip");
        assertThat(SHIPPED.conceptsIn("Arukate külade arenguprogramm", "et")).contains("smart-villages");
        assertThat(SHIPPED.mentionsIn("Estonii")).extracting(TermMatcher.Match::conceptId).contains("country-ee");
        assertThat(SHIPPED.mentionsIn("Harju County")).extracting(TermMatcher.Match::conceptId).contains("region-ee-37");
    }

    private static List<String> codes(ConceptGroup group) {
        return SHIPPED.concepts().stream().filter(c -> c.group() == group).map(Concept::code).filter(Objects::nonNull).toList();
    }
}
