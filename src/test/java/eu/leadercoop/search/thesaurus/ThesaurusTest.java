package eu.leadercoop.search.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.search.ConceptGroup;
import eu.leadercoop.search.Thesaurus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms are found after the index's analysis: inflected, unaccented, in any of the languages. */
class ThesaurusTest {

    static final Thesaurus THESAURUS = Thesaurus.load("classpath*:search/thesaurus-test/*.tsv");

    @Test
    void loadsConceptsWithGroupCodeAndLabels() {
        assertThat(THESAURUS.concepts()).hasSize(6);
        var studyTrip = THESAURUS.concept("event-study-trip").orElseThrow();
        assertThat(studyTrip.group()).isEqualTo(ConceptGroup.EVENT);
        assertThat(studyTrip.code()).isEqualTo("STUDY_TRIP");
        assertThat(studyTrip.terms().get("pl")).containsExactly("wyjazd studyjny", "wizyta studyjna");
        assertThat(THESAURUS.label("theme-smart-villages", "et")).isEqualTo("arukad külad");
        assertThat(THESAURUS.label("theme-smart-villages", "pl")).isEqualTo("inteligentne wsie");
        assertThat(THESAURUS.label("theme-smart-villages", "ga")).isEqualTo("smart villages");
        assertThat(THESAURUS.concept("theme-rural-tourism").orElseThrow().code()).isNull();
    }

    @Test
    void inflectedEstonianFindsTheBaseForm() {
        assertThat(THESAURUS.conceptsIn("Partnerite liikmete õppereisid ja koostööseminar", "et")).containsExactly("event-study-trip");
        assertThat(THESAURUS.conceptsIn("Arukate külade arenguprogramm", "et")).containsExactly("theme-smart-villages");
        assertThat(THESAURUS.conceptsIn("Loometalgud ehk häkatonid toimusid märtsis", "et")).containsExactly("event-hackathon");
    }

    @Test
    void polishLemmasAndEnglishStemsFindTheirTerms() {
        assertThat(THESAURUS.conceptsIn("organizacja dwóch wyjazdów studyjnych do Estonii", "pl"))
                .containsExactlyInAnyOrder("event-study-trip", "country-ee");
        assertThat(THESAURUS.conceptsIn("Two study visits to Harju County", "en")).containsExactly("event-study-trip", "region-ee-37");
    }

    @Test
    void aTermOfAnotherLanguageIsFoundAsWritten() {
        assertThat(THESAURUS.conceptsIn("Tallinnas toimub hackathon", "et")).containsExactly("event-hackathon");
        assertThat(THESAURUS.conceptsIn("Pieredzes apmaiņas brauciens uz Igaunija", "lv"))
                .containsExactly("event-study-trip", "country-ee");
    }

    @Test
    void wordsMustFollowEachOtherInTheirOrder() {
        assertThat(THESAURUS.conceptsIn("a study of a trip", "en")).isEmpty();
        assertThat(THESAURUS.conceptsIn("smart people in villages", "en")).isEmpty();
    }

    @Test
    void aQueryNamesConceptsInAnyLanguageWithTheCharactersItCovers() {
        assertThat(THESAURUS.mentionsIn("study visit Estonii")).extracting(TermMatcher.Match::conceptId, TermMatcher.Match::start,
                TermMatcher.Match::end).contains(org.assertj.core.groups.Tuple.tuple("event-study-trip", 0, 11),
                        org.assertj.core.groups.Tuple.tuple("country-ee", 12, 19));
        assertThat(concepts("Igaunija")).containsOnly("country-ee");
        assertThat(concepts("Eesti")).containsOnly("country-ee");
        assertThat(concepts("Harju County")).containsOnly("region-ee-37");
        assertThat(concepts("harjumaal")).containsOnly("region-ee-37");
        assertThat(concepts("koostöö")).isEmpty();
    }

    private static List<String> concepts(String words) {
        return THESAURUS.mentionsIn(words).stream().map(TermMatcher.Match::conceptId).distinct().toList();
    }
}
