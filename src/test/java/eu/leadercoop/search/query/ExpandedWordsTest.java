package eu.leadercoop.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.search.Concept;
import eu.leadercoop.search.Thesaurus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which words of a query name concepts, and what they then also match. */
class ExpandedWordsTest {

    static final Thesaurus THESAURUS = Thesaurus.load("classpath*:search/thesaurus-test/*.tsv");

    @Test
    void wordsNamingAConceptBecomeAPartOfTheirOwnAndTheRestStaysAsTyped() {
        ExpandedWords words = ExpandedWords.of("study visit Kodukant", THESAURUS);
        assertThat(words.parts()).extracting(ExpandedWords.Part::text, p -> p.concepts().stream().map(Concept::id).toList())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("study visit", List.of("event-study-trip")),
                        org.assertj.core.groups.Tuple.tuple("Kodukant", List.of()));
        assertThat(words.parts().getFirst().conceptTerms()).containsExactly(Map.entry("concept", "event-study-trip"));
    }

    @Test
    void aPlusSeparatesWordsAsASpaceDoes() {
        assertThat(ExpandedWords.of("study+visit+Kodukant", THESAURUS).parts()).extracting(ExpandedWords.Part::text)
                .containsExactly("study visit", "Kodukant");
    }

    @Test
    void countriesAndRegionsAlsoMatchThePartnersPlaces() {
        assertThat(ExpandedWords.of("Igaunija", THESAURUS).parts().getFirst().conceptTerms())
                .containsExactly(Map.entry("concept", "country-ee"), Map.entry("country", "EE"));
        assertThat(ExpandedWords.of("Harju County", THESAURUS).parts().getFirst().conceptTerms())
                .containsExactly(Map.entry("concept", "region-ee-37"), Map.entry("region", "EE-37"));
    }

    @Test
    void excludedWordsQuotedPhrasesAndOperators() {
        ExpandedWords words = ExpandedWords.of("\"smart villages\" -hackathon koostöö*", THESAURUS);
        assertThat(words.parts()).extracting(ExpandedWords.Part::text).containsExactly("\"smart villages\"", "koostöö*");
        assertThat(words.excluded()).containsExactly("hackathon");
        assertThat(ExpandedWords.of("\"smart villages in\"", THESAURUS).expanded()).isFalse();
        assertThat(ExpandedWords.of("hackathon | seminar", THESAURUS).expanded()).isFalse();
        assertThat(ExpandedWords.of("koostöö seminar", THESAURUS).expanded()).isFalse();
    }

    @Test
    void theLongestTermWinsAndTheExpansionIsBounded() {
        assertThat(ExpandedWords.of("study trip", THESAURUS).parts()).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("study trip"));
        String many = "Eesti ".repeat(ExpandedWords.MAX_CONCEPTS + 3).strip();
        assertThat(ExpandedWords.of(many, THESAURUS).parts().stream().filter(p -> !p.concepts().isEmpty()))
                .hasSize(ExpandedWords.MAX_CONCEPTS);
    }
}
