package eu.leadercoop.importer.match;

import static eu.leadercoop.Properties.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of organisation matching over the seed organisations: any spelling of one of them, written
 * the way pages write names (other case, legal form before, after or missing, quotes, diacritics dropped, words
 * in another order, a grammatical ending), resolves to that organisation and to no other; and two different seed
 * organisations never score as the same name.
 */
class OrganisationMatchingProperties {

    private static final List<String> LEGAL_FORMS = List.of("MTÜ", "mittetulundusühing", "Mittetulundusühing", "SA",
            "sihtasutus", "Stowarzyszenie", "LGD", "Lokalna Grupa Działania", "Fundacja");
    private static final String LAG_PHRASE = "Lokalna Grupa Działania";
    private static final List<String> ENDINGS = List.of("i", "e", "iej", "ego", "le", "st");

    private final OrganisationIndex index = SeedOrganisations.index();

    record Spelling(KnownOrganisation organisation, String written) {
    }

    record Pair(KnownOrganisation a, String aWritten, KnownOrganisation b, String bWritten) {
    }

    @Test
    void everySpellingOfASeedOrganisationFindsItAndOnlyIt() {
        forAll(3000, this::spelling, s -> {
            OrganisationMatch match = index.match(s.written());
            assertThat(match.status()).isEqualTo(OrganisationMatch.Status.MATCHED);
            assertThat(match.match().id()).as("matched %s", match.match().name()).isEqualTo(s.organisation().id());
        });
    }

    @Test
    void twoDifferentSeedOrganisationsNeverScoreAsOneName() {
        forAll(3000, this::pair, p -> assertThat(NameSimilarity.similarity(NameSimilarity.words(p.aWritten()),
                NameSimilarity.words(p.bWritten()))).isLessThan(NameSimilarity.SIMILAR_WORD));
    }

    private Spelling spelling(Random r) {
        KnownOrganisation o = pick(r, SeedOrganisations.ALL);
        return new Spelling(o, rewrite(r, anyName(r, o)));
    }

    private Pair pair(Random r) {
        KnownOrganisation a = pick(r, SeedOrganisations.ALL);
        KnownOrganisation b;
        do {
            b = pick(r, SeedOrganisations.ALL);
        } while (b.equals(a));
        return new Pair(a, rewrite(r, anyName(r, a)), b, rewrite(r, anyName(r, b)));
    }

    private static String anyName(Random r, KnownOrganisation o) {
        List<String> names = new ArrayList<>(o.aliases());
        names.add(o.name());
        return pick(r, names);
    }

    /** The same name as another page might write it. */
    private static String rewrite(Random r, String name) {
        // a legal form of several words moves as a whole: "Lokalna Grupa Działania X" or "X - Lokalna Grupa Działania"
        String phrase = name.contains(LAG_PHRASE) ? LAG_PHRASE : null;
        String core = phrase == null ? name : name.replace(phrase, " ").replace(" - ", " ").strip();
        List<String> words = new ArrayList<>(List.of(core.split("\\s+")));
        boolean acronym = words.size() == 1 && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() <= 5;
        if (!acronym && r.nextInt(3) == 0 && words.size() > 1) {
            Collections.shuffle(words, r);
        }
        if (!acronym && r.nextInt(3) == 0) {
            int last = words.size() - 1;
            if (words.get(last).length() >= 6 && Character.isLetter(words.get(last).charAt(words.get(last).length() - 1))) {
                words.set(last, words.get(last) + pick(r, ENDINGS));
            }
        }
        if (phrase != null) {
            words.add(r.nextBoolean() ? 0 : words.size(), phrase);
        }
        if (r.nextInt(3) == 0) {
            words.add(r.nextBoolean() ? 0 : words.size(), pick(r, LEGAL_FORMS));
        }
        String written = String.join(r.nextInt(4) == 0 ? "  " : " ", words);
        written = switch (r.nextInt(4)) {
            case 0 -> written.toUpperCase(Locale.ROOT);
            case 1 -> written.toLowerCase(Locale.ROOT);
            default -> written;
        };
        if (r.nextInt(4) == 0) {
            written = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (r.nextInt(5) == 0) {
            written = "„" + written + "”";
        }
        return written;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
