package eu.leadercoop.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a cluster gets to index and to match: our analysers' terms, as plain words. */
class PreAnalysisTest {

    @Test
    void estonianWordsBecomeTheirFoldedStems() {
        assertThat(PreAnalysis.terms(Analyzers.ESTONIAN, "Õppereisidel")).isEqualTo("oppereis");
        // the base form also gets the stemmer's second guess
        assertThat(PreAnalysis.terms(Analyzers.ESTONIAN, "õppereis")).isEqualTo("oppereis oppere");
    }

    @Test
    void polishKeepsTheFoldedWordBesideItsLemma() {
        assertThat(PreAnalysis.termSet(Analyzers.POLISH, "wyjazdów studyjnych")).contains("wyjazdow", "wyjazd", "studyjny");
    }

    @Test
    void eachTermOnceAndStopWordsLeftOut() {
        assertThat(PreAnalysis.terms(Analyzers.ENGLISH, "The study visits and the study visit")).isEqualTo("studi visit");
    }
}
