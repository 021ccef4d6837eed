package eu.leadercoop.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The language matching the issue asks for, word by word: a query finds a text when each of its
 * positions shares a term with the text, as Lucene's query builder makes of them.
 */
class AnalyzersTest {

    private final Analyzer estonian = Analyzers.estonian();
    private final Analyzer polish = Analyzers.polish();
    private final Analyzer english = Analyzers.english();
    private final Analyzer folded = Analyzers.folded();

    @Test
    void estonianPluralFindsSingular() {
        assertThat(terms(estonian, "õppereisid")).containsExactly(Set.of("oppereis"));
        assertThat(finds(estonian, "õppereisid", "Partnerite liikmeskonnale vähemalt ühe õppereisi korraldamine")).isTrue();
        assertThat(finds(estonian, "õppereisid", "2-päevane õppereis Eestis")).isTrue();
    }

    @Test
    void estonianAdessiveFindsNominative() {
        assertThat(finds(estonian, "koostööseminaril", "füüsiline koostööseminar partnerite tegevmeeskonnale")).isTrue();
        assertThat(finds(estonian, "koostööseminar", "arutati koostööseminaril")).isTrue();
    }

    @Test
    void estonianFormsOfOneWordShareTheirStem() {
        for (String form : List.of("õppereis", "õppereisi", "õppereisid", "õppereisil", "õppereisile", "õppereiside",
                "õppereisidel", "õppereise", "õppereisist", "õppereisiks", "õppereisiga", "õppereisis")) {
            assertThat(finds(estonian, "õppereis", form)).as(form).isTrue();
        }
        for (String form : List.of("tegevusrühm", "tegevusrühma", "tegevusrühmad", "tegevusrühmade", "tegevusrühmadele")) {
            assertThat(finds(estonian, "tegevusrühmade", form)).as(form).isTrue();
        }
        for (String form : List.of("projekt", "projekti", "projektis", "projektid", "projektide", "projektiga")) {
            assertThat(finds(estonian, "projektid", form)).as(form).isTrue();
        }
    }

    @Test
    void estonianKeepsShortAndDifferentWordsApart() {
        assertThat(terms(estonian, "küla külad aasta aastal")).containsExactly(
                Set.of("kula"), Set.of("kula"), Set.of("aast"), Set.of("aast"));
        assertThat(finds(estonian, "seminar", "õppereis")).isFalse();
    }

    @Test
    void estonianWithoutDiacritics() {
        assertThat(finds(estonian, "koostookogu", "MTÜ Lääne-Harju Koostöökogu")).isTrue();
        assertThat(finds(estonian, "oppereisid", "õppereis välisriiki")).isTrue();
        assertThat(finds(folded, "koostookogu", "MTÜ Lääne-Harju Koostöökogu")).isTrue();
    }

    @Test
    void polishGenitivePluralFindsNominative() {
        assertThat(terms(polish, "wyjazdów studyjnych")).containsExactly(Set.of("wyjazdow", "wyjazd"), Set.of("studyjnych", "studyjny"));
        assertThat(finds(polish, "wyjazdów studyjnych", "wyjazd studyjny do Kraśnika")).isTrue();
        assertThat(finds(polish, "wyjazd studyjny", "organizacji dwóch wyjazdów studyjnych")).isTrue();
        assertThat(finds(polish, "wyjazd studyjny", "Dzięki wyjazdom studyjnym uczestnicy")).isTrue();
    }

    @Test
    void polishWithoutDiacritics() {
        assertThat(finds(polish, "dzialania", "jakości działań podejmowanych, działania wspólne")).isTrue();
        assertThat(finds(polish, "wspolpraca", "Współpraca łączy regiony")).isTrue();
        assertThat(finds(folded, "dzialania", "działania wspólne")).isTrue();
        assertThat(finds(folded, "wyjazdow studyjnych", "organizacji dwóch wyjazdów studyjnych")).isTrue();
    }

    @Test
    void englishIsStemmed() {
        assertThat(finds(english, "study trips", "a study trip abroad")).isTrue();
        assertThat(finds(english, "cooperating", "Cooperation of local action groups")).isTrue();
    }

    @Test
    void polishKeepsTheFoldedWordBesideItsLemmasOnce() {
        assertThat(terms(polish, "Działania działanie")).containsExactly(Set.of("dzialania", "dzialanie", "dzialac"),
                Set.of("dzialanie", "dzialac"));
        assertThat(finds(polish, "wspolpracy", "Współpracy łączy regiony")).isTrue();
    }

    @Test
    void prefixTermsAreFoldedToo() {
        assertThat(folded.normalize("f", "KOOSTÖÖ").utf8ToString()).isEqualTo("koostoo");
        assertThat(polish.normalize("f", "Działa").utf8ToString()).isEqualTo("dziala");
    }

    @Test
    void rememberedStemsAreTheSameAsLookedUpOnes() {
        String estonianText = "Projektis õppereisid ja koostööseminaril, projektis õppereisid ja koostööseminaril";
        String polishText = "Działania wyjazdów studyjnych; działania wyjazdów studyjnych";
        for (int round = 0; round < 3; round++) {
            assertThat(terms(estonian, estonianText)).isEqualTo(terms(Analyzers.estonian(), estonianText));
            assertThat(terms(polish, polishText)).isEqualTo(terms(Analyzers.polish(), polishText));
        }
        List<Set<String>> polishTerms = terms(polish, polishText);
        assertThat(polishTerms.get(0)).hasSizeGreaterThan(1).isEqualTo(polishTerms.get(3));
        List<Set<String>> estonianTerms = terms(estonian, estonianText);
        assertThat(estonianTerms.get(0)).hasSizeGreaterThan(1).isEqualTo(estonianTerms.get(3));
    }

    @Test
    void moreWordsThanTheCacheHolds() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < StemVariantsFilter.CACHE_SIZE + 500; i++) {
            text.append("projektis").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append("id ");
        }
        text.append("õppereisid");
        List<Set<String>> once = terms(estonian, text.toString());
        assertThat(terms(estonian, text.toString())).isEqualTo(once);
        assertThat(once.getLast()).containsExactly("oppereis");
    }

    /** Each position of the query shares a term with the text. */
    static boolean finds(Analyzer analyzer, String query, String text) {
        Set<String> textTerms = new LinkedHashSet<>();
        terms(analyzer, text).forEach(textTerms::addAll);
        return terms(analyzer, query).stream().allMatch(position -> position.stream().anyMatch(textTerms::contains));
    }

    /** The terms at each position. */
    static List<Set<String>> terms(Analyzer analyzer, String text) {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new LinkedHashSet<>());
                }
                positions.getLast().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }
}
