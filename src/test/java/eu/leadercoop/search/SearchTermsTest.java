package eu.leadercoop.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void inflectedAndUnaccentedWordsOfEveryLanguageFindTheTextAsWritten() {
        var offer = SearchTerms.of("Szukamy partnera do wspólnego wyjazdu studyjnego. Õppereis välismaale, study trips abroad.");

        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("wyjazdów studyjnych"))).isTrue();
        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("wspolnego wyjazdu"))).isTrue();
        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("õppereisid"))).isTrue();
        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("oppereisile"))).isTrue();
        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("study trip"))).isTrue();
    }

    @Test
    void everyWordMustMatchButStopWordsAskNothing() {
        var offer = SearchTerms.of("Õppereis välismaale");

        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord("õppereis hackathon"))).isFalse();
        assertThat(SearchTerms.perWord("õppereis ja the")).hasSize(1);
        assertThat(SearchTerms.matchesAll(offer, SearchTerms.perWord(""))).isTrue();
    }
}
