package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Vocabulary words tried only where they can begin, with the same matches as the whole alternation. */
class WordIndexTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void findsWholeWordsInAnyCaseAndInflectedWhereTheVocabularyHasAStem() {
        WordIndex index = WordIndex.words(List.of(Vocabulary.regex("eesmär~"), Vocabulary.regex("toetuse summa"), "lider(?: projektu)?"));
        WordIndex.Finder f = index.finder("Projekti EESMÄRGID ja toetuse summa; Lider projektu: LGD");
        List<String> found = new ArrayList<>();
        while (f.find()) {
            found.add(f.start() + "-" + f.end() + " " + f.group());
        }
        assertThat(found).containsExactly("9-18 EESMÄRGID", "22-35 toetuse summa", "37-51 Lider projektu");
    }

    @Test
    void aWordInsideAnotherIsNoMatch() {
        WordIndex index = WordIndex.words(List.of("sa", "partner"));
        assertThat(index.isIn("Partnerid ja Saare maakond")).isFalse();
        assertThat(index.at("SA Saare", 0).end()).isEqualTo(2);
        assertThat(index.at("SA Saare", 3)).isNull();
    }

    @Test
    void compoundEndsAreFoundWithinTheirWord() {
        WordIndex index = WordIndex.words(List.of(Vocabulary.regex("~koostöökogu"), Vocabulary.regex("~kogu")));
        assertThat(index.at("Saarte Koostöökogu", 7).end()).isEqualTo(18);
        assertThat(index.at("Hiidlaste Partnerluskogu", 10).group()).isEqualTo("Partnerluskogu");
        assertThat(index.at("Hiidlaste Partnerluskoda", 10)).isNull();
    }

    @Test
    void theFirstAlternativeThatMatchesWinsAsInTheWholeAlternation() {
        WordIndex index = WordIndex.of(List.of(List.of("cel(?:e|u)? (?:ksow|prow)"), List.of("cele", "cel")),
                groups -> "(?:((?:" + groups.get(0) + ")(?![\\p{L}\\p{N}]))|((?:" + groups.get(1) + ")(?![\\p{L}\\p{N}])))",
                0, WordIndex.Before.ANYTHING);
        Matcher objective = index.at("cele ksow", 0);
        assertThat(objective.start(1)).isZero();
        Matcher goals = index.at("cele projektu", 0);
        assertThat(goals.start(1)).isNegative();
        assertThat(goals.group(2)).isEqualTo("cele");
    }

    @Test
    void aRegionHidesTheTextAroundItAsAnOpaqueMatcherRegionDoes() {
        WordIndex index = WordIndex.words(List.of("toetus"));
        // "projektitoetus": within the region from 8 the word begins at the region's start
        WordIndex.Finder f = index.finder("projektitoetus 500 €", 8, 14);
        assertThat(f.find()).isTrue();
        assertThat(f.start()).isEqualTo(8);
        assertThat(index.finder("projektitoetus 500 €").find()).isFalse();
        // the word goes on after the region's end, unseen
        assertThat(index.finder("toetused", 0, 6).find()).isTrue();
    }

    @Test
    void compoundEndsAfterALetterOnly() {
        WordIndex index = WordIndex.of(List.of(List.of("stöd")), g -> "(?<=\\p{L})(?:" + g.get(0) + ")(?![\\p{L}\\p{N}])",
                CI, WordIndex.Before.LETTER);
        assertThat(index.at("leaderstöd", 6).group()).isEqualTo("stöd");
        assertThat(index.at("stöd", 0)).isNull();
        assertThat(index.at("1stöd", 1)).isNull();
    }

    @Test
    void readsWhatAnAlternativeCanBeginWith() {
        assertThat(WordIndex.firstChars("(?:koostöö)?projekti")).containsExactly('k', 'p');
        assertThat(WordIndex.firstChars("cel(?:e|u)? (?:ksow|prow)")).containsExactly('c');
        assertThat(WordIndex.firstChars("(?:project |implementation )?period")).containsExactly('p', 'i');
        assertThat(WordIndex.firstChars("e\\. ?v\\.")).containsExactly('e');
        assertThat(WordIndex.firstChars("\\p{L}*kogu")).isNull();
        assertThat(WordIndex.firstChars(".*projektinäidete andmebaas.*")).isNull();
        assertThat(WordIndex.firstChars("s?")).isNull();
        assertThat(WordIndex.literalPrefix("sp\\. z o\\.o\\.")).isEqualTo("sp. z o.o.");
        assertThat(WordIndex.literalPrefix("costs?")).isEqualTo("cost");
        assertThat(WordIndex.literalPrefix("e\\. ?v\\.")).isEqualTo("e.");
        assertThat(WordIndex.literalPrefix("partner\\p{L}* wiodąc\\p{L}*")).isEqualTo("partner");
        assertThat(WordIndex.literalPrefix("a|b")).isEmpty();
        assertThat(WordIndex.literalInWord("\\p{L}*koostöökog\\p{L}*")).isEqualTo("koostöökog");
        assertThat(WordIndex.literalPrefixes("(?:koostöö)?projekti")).containsExactly("koostööprojekti", "projekti");
        assertThat(WordIndex.literalPrefixes("(?:projekti|taotluse) (?:number|nr)")).containsExactly("projekti ", "taotluse ");
        assertThat(WordIndex.literalPrefixes("(?:a|\\d)x")).isNull();
        assertThat(WordIndex.literalPrefixes("(?:ab)+c")).isNull();
    }

    @Test
    void aPositionWhereSeveralAlternativesFitRunsThemInTheirOrder() {
        // "partner" and "partnerid" both fit at "Partnerid": the first written that matches wins, as in the alternation
        WordIndex index = WordIndex.of(List.of(List.of(Vocabulary.regex("partner~ wiodąc~")), List.of("partner", "partnerid")),
                g -> "(?<![\\p{L}\\p{N}])(?:((?:" + g.get(0) + "))|((?:" + g.get(1) + ")))(?![\\p{L}\\p{N}])",
                CI, WordIndex.Before.WORD_START);
        Matcher m = index.at("Partnerid ja partner wiodący", 0);
        assertThat(m.group(2)).isEqualTo("Partnerid");
        Matcher lead = index.at("Partnerid ja partner wiodący", 13);
        assertThat(lead.group(1)).isEqualTo("partner wiodący");
    }

    /**
     * Every key of the vocabulary, over every page of the corpus and random pieces of them: each match is the one
     * {@link Vocabulary#words} finds, at every word start and within random regions.
     */
    @Test
    void everyKeyMatchesAsTheWholeAlternationDoesOnTheCorpus() {
        List<String> pages = corpus();
        Set<String> keys = new java.util.TreeSet<>();
        for (String language : Vocabulary.get().languages()) {
            for (String line : Vocabulary.get().keysOf(language)) {
                keys.add(line);
            }
        }
        assertThat(keys).contains("organisation.before", "event", "money.total");
        Random random = new Random(15);
        for (String key : keys) {
            Pattern whole = Vocabulary.get().words(key);
            WordIndex index = Vocabulary.get().index(key);
            for (String page : pages) {
                assertSameMatches(key, whole.matcher(page), index.finder(page));
                int from = random.nextInt(page.length() + 1);
                int to = from + random.nextInt(page.length() - from + 1);
                assertSameMatches(key, whole.matcher(page).region(from, to), index.finder(page, from, to));
                for (int k = 0; k < 20; k++) {
                    int i = random.nextInt(page.length() + 1);
                    Matcher m = whole.matcher(page).region(i, page.length()).useTransparentBounds(true);
                    Matcher at = index.at(page, i);
                    assertThat(at == null ? -1 : at.end()).as(key + " at " + i).isEqualTo(m.lookingAt() ? m.end() : -1);
                }
            }
        }
    }

    private static void assertSameMatches(String key, Matcher expected, WordIndex.Finder actual) {
        List<String> want = new ArrayList<>();
        while (expected.find()) {
            want.add(expected.start() + "-" + expected.end());
        }
        List<String> got = new ArrayList<>();
        while (actual.find()) {
            got.add(actual.start() + "-" + actual.end());
        }
        assertThat(got).as(key).isEqualTo(want);
    }

    private static List<String> corpus() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/importer/corpus"))) {
            List<String> pages = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
            pages.add("ſ İstanbul ǅ ﬁ Straße STRASSE 𝐀𝐁 x\u0301 ĲSSELMEER K Å");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
