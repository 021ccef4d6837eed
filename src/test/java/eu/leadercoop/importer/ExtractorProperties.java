package eu.leadercoop.importer;

import static eu.leadercoop.Properties.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever text comes in, extraction ends, quickly, with a draft or a failure message: no exception escapes,
 * and every highlighted span lies inside the text. The time bound is a guard against hangs (runaway regular
 * expressions, loops that do not advance), not a speed test. Samples are seeded ({@link eu.leadercoop.Properties}).
 */
class ExtractorProperties {

    private static final Duration HANG_GUARD = Duration.ofSeconds(2);
    private static final DocumentImporter IMPORTER = new DocumentImporter();
    private static final String LABELISH = "Periood: Partnerid: Eelarve 1 000 € toetus omaosalus ÜHISTEGEVUSED: "
            + "LISATEGEVUSED vähemalt kolme koosoleku 1. 1.1 • - „” ( ) 4.-7.06 2024 kevad 2025 11/2024 "
            + "Czas trwania: od 01.07.2022 do 31.10.2023 co najmniej dwóch wyjazdów zł PLN @ +372 https://x.ee \n\n";
    private static final List<String> WORDS = List.of(LABELISH.split(" "));
    private static final List<String> REPEATABLE = List.of("1 ", "1.", "„", "(", "-", ": ", "a ", "2024 ", "\n", " ");
    private static final List<String> FILE_NAMES = List.of("a.txt", "b.html", "c.docx", "d.pdf", "e", "f.odt");
    private static final List<String> CODE_PAGES = List.of("UTF-8", "windows-1257", "windows-1250", "ISO-8859-13",
            "ISO-8859-2", "UTF-16LE");

    @Test
    void randomTextNeverThrowsNorHangs() {
        forAll(300, ExtractorProperties::noise, text -> {
            ExtractedProject p = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extractText("random", text));
            assertSpansInside(p, text);
        });
    }

    @Test
    void mutatedSeedsNeverThrowNorHang() {
        forAll(200, ExtractorProperties::mutatedSeed, text -> {
            ExtractedProject p = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extractText("mutated", text));
            assertSpansInside(p, text);
        });
    }

    @Test
    void randomBytesGiveADraftOrAMessageNeverAnException() {
        forAll(200, r -> new NamedBytes(pick(r, FILE_NAMES), bytes(r, r.nextInt(4001))), file -> {
            ExtractionOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extract(file.name(), file.bytes()));
            assertThat(outcome.source()).isEqualTo(file.name());
            if (outcome instanceof ExtractionFailure f) {
                assertThat(f.error()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
    }

    @Test
    void mutatedSeedsAsBytesInOldCodePagesGiveADraft() {
        forAll(100, r -> mutatedSeed(r).getBytes(Charset.forName(pick(r, CODE_PAGES))), bytes -> {
            ExtractionOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> IMPORTER.extract("seed.txt", bytes));
            assertThat(outcome).isNotNull();
        });
    }

    private static void assertSpansInside(ExtractedProject p, String text) {
        assertThat(p).isNotNull();
        p.fields().values().forEach(mark -> {
            assertThat(mark.span().get(0)).isBetween(0, mark.span().get(1));
            assertThat(mark.span().get(1)).isLessThanOrEqualTo(text.length());
        });
    }

    /** Any Unicode, page-like characters, soups of label words, or one token repeated thousands of times. */
    static String noise(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> unicode(r, r.nextInt(3001));
            case 1 -> chars(r, LABELISH + "0123456789", r.nextInt(3001));
            case 2 -> String.join(" ", r.ints(r.nextInt(401), 0, WORDS.size()).mapToObj(WORDS::get).toList());
            default -> pick(r, REPEATABLE).repeat(1 + r.nextInt(5000));
        };
    }

    /** A seed text with one to eight edits: cuts, insertions, repeats, upper-casing, colon swaps, mojibake. */
    static String mutatedSeed(Random r) {
        String t = Fixtures.seed(r.nextInt(Fixtures.SEEDS.length));
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits; i++) {
            t = mutate(t, r.nextInt(6), r.nextDouble(), r.nextDouble(), chars(r, LABELISH, r.nextInt(61)));
        }
        return t;
    }

    private static String mutate(String t, int kind, double at, double length, String insert) {
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

    private static String unicode(Random r, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) r.nextInt(Character.MAX_VALUE + 1)); // lone surrogates included on purpose
        }
        return s.toString();
    }

    private static String chars(Random r, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static byte[] bytes(Random r, int length) {
        byte[] b = new byte[length];
        r.nextBytes(b);
        return b;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private record NamedBytes(String name, byte[] bytes) {

        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }
}
