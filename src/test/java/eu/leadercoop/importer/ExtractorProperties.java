package eu.leadercoop.importer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever text comes in, extraction ends, quickly, with a draft or a failure message: no exception escapes,
 * and every highlighted span lies inside the text. The time bound is a guard against hangs (runaway regular
 * expressions, loops that do not advance), not a speed test.
 */
class ExtractorProperties {

    private static final Duration HANG_GUARD = Duration.ofSeconds(2);
    private static final DocumentImporter IMPORTER = new DocumentImporter();
    private static final String LABELISH = "Periood: Partnerid: Eelarve 1 000 € toetus omaosalus ÜHISTEGEVUSED: "
            + "LISATEGEVUSED vähemalt kolme koosoleku 1. 1.1 • - „” ( ) 4.-7.06 2024 kevad 2025 11/2024 "
            + "Czas trwania: od 01.07.2022 do 31.10.2023 co najmniej dwóch wyjazdów zł PLN @ +372 https://x.ee \n\n";

    @Property(tries = 300)
    void randomTextNeverThrowsNorHangs(@ForAll("noise") String text) {
        ExtractedProject p = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extractText("random", text));
        assertSpansInside(p, text);
    }

    @Property(tries = 200)
    void mutatedSeedsNeverThrowNorHang(@ForAll("mutatedSeeds") String text) {
        ExtractedProject p = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extractText("mutated", text));
        assertSpansInside(p, text);
    }

    @Property(tries = 200)
    void randomBytesGiveADraftOrAMessageNeverAnException(@ForAll @Size(max = 4000) byte[] bytes,
                                                          @ForAll("fileNames") String name) {
        ExtractionOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extract(name, bytes));
        assertThat(outcome.source()).isEqualTo(name);
        if (outcome instanceof ExtractionFailure f) {
            assertThat(f.error()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Property(tries = 100)
    void mutatedSeedsAsBytesInOldCodePagesGiveADraft(@ForAll("mutatedSeeds") String text,
                                                     @ForAll("codePages") String charset) {
        byte[] bytes = text.getBytes(java.nio.charset.Charset.forName(charset));
        ExtractionOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extract("seed.txt", bytes));
        assertThat(outcome).isNotNull();
    }

    private static void assertSpansInside(ExtractedProject p, String text) {
        assertThat(p).isNotNull();
        p.fields().values().forEach(mark -> {
            assertThat(mark.span().get(0)).isBetween(0, mark.span().get(1));
            assertThat(mark.span().get(1)).isLessThanOrEqualTo(text.length());
        });
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(3000);
        Arbitrary<String> likePages = Arbitraries.strings().withChars(LABELISH.toCharArray())
                .withCharRange('0', '9').ofMaxLength(3000);
        Arbitrary<String> labelSoup = Arbitraries.of(LABELISH.split(" ")).list().ofMaxSize(400)
                .map(words -> String.join(" ", words));
        Arbitrary<String> repeated = Arbitraries.of("1 ", "1.", "„", "(", "-", ": ", "a ", "2024 ", "\n", " ")
                .flatMap(s -> Arbitraries.integers().between(1, 5000).map(s::repeat));
        return Arbitraries.oneOf(unicode, likePages, labelSoup, repeated);
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<String> seed = Arbitraries.integers().between(0, Fixtures.SEEDS.length - 1).map(Fixtures::seed);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(seed, mutations).as((s, ms) -> {
            String t = s;
            for (Mutation m : ms) {
                t = m.apply(t);
            }
            return t;
        });
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("a.txt", "b.html", "c.docx", "d.pdf", "e", "f.odt");
    }

    @Provide
    Arbitrary<String> codePages() {
        return Arbitraries.of("UTF-8", "windows-1257", "windows-1250", "ISO-8859-13", "ISO-8859-2", "UTF-16LE");
    }

    /** One change to a text at a relative position. */
    private record Mutation(int kind, double at, double length, String insert) {

        String apply(String t) {
            if (t.isEmpty()) {
                return insert;
            }
            int from = (int) (at * t.length());
            int to = Math.min(t.length(), from + (int) (length * 200));
            return switch (kind) {
                case 0 -> t.substring(0, from) + t.substring(to);
                case 1 -> t.substring(0, from) + insert + t.substring(from);
                case 2 -> t.substring(0, to) + t.substring(from, to) + t.substring(to);
                case 3 -> t.substring(0, from) + t.substring(from, to).toUpperCase() + t.substring(to);
                case 4 -> t.replace(':', insert.isEmpty() ? ' ' : insert.charAt(0));
                default -> new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            };
        }
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.strings().withChars(LABELISH.toCharArray()).ofMaxLength(60))
                .as(Mutation::new);
    }
}
