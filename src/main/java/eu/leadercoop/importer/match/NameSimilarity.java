package eu.leadercoop.importer.match;

import eu.leadercoop.registry.model.OrganisationNames;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two spellings of an organisation's name are, from 0 (different organisations) to 1 (the same key).
 *
 * <p>Both names are first reduced to the registry's key ({@link OrganisationNames#key}: legal forms, case,
 * quotes, diacritics and word order do not count) and split into words, hyphenated words into their parts.
 * Then every word of one name must pair with a word of the other, and the pairs decide:
 * <ul>
 *   <li>the same word, or the same stem with a grammatical ending on either side ({@code Arendusselts} /
 *       {@code Arendusseltsi}, {@code Kraśnicka} / {@code Kraśnickiej}, {@code Partnerid} / {@code Partnerite}),
 *       stems of at least {@value #MIN_STEM} letters;</li>
 *   <li>or a Jaro-Winkler similarity (Apache Commons Text) of at least {@value #SIMILAR_WORD} for words of
 *       {@value #MIN_STEM} letters or more, which takes consonant gradation ({@code Koostöökoda} /
 *       {@code Koostöökoja}, 0.96) but not a different word ({@code Koostöökogu} / {@code Koostöökoda}, 0.93;
 *       {@code Virumaa} / {@code Võrumaa}, 0.91);</li>
 * </ul>
 * Shorter words and numbers must be equal. A word without a partner makes the names different: {@code Võrumaa
 * Partnerluskogu} is not {@code Võrumaa Omavalitsuste Liit}, and {@code Põhja-Harju} is not {@code Ida-Harju}.
 * The thresholds are tested on the spellings of the seed texts ({@code OrganisationMatcherTest}).
 */
public final class NameSimilarity {

    static final double SIMILAR_WORD = 0.95;
    static final int MIN_STEM = 5;
    /** What a word pair with the same stem scores: below equal words, above any Jaro-Winkler pair it passes. */
    static final double SAME_STEM = 0.97;

    /** Case endings of Estonian, Polish and English nouns and adjectives, as they end organisation names. */
    private static final List<String> ENDINGS = List.of(
            // Polish
            "iego", "iemu", "ego", "emu", "iej", "ach", "ami", "ich", "ych", "owi", "ów", "ej", "om", "ie", "ym",
            "im", "ą", "ę", "y",
            // Estonian
            "sse", "ite", "iga", "ile", "ilt", "ist", "ga", "le", "lt", "st", "ks", "ni", "na", "ta", "te", "de",
            "id", "d", "s",
            // shared
            "a", "e", "i", "o", "u");

    /** Legal forms in words the registry's key knows only in one case: matched by stem here. */
    private static final List<String> LEGAL_FORMS = List.of("mittetulundusuhing", "sihtasutus", "stowarzyszenie",
            "fundacja");
    /** Abbreviated legal forms, which the key drops, as they come back once a case ending is split off. */
    private static final List<String> SHORT_LEGAL_FORMS = List.of("mtu", "sa", "lgd", "ou", "as");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /**
     * The words a name is compared by: its registry key, hyphenated words split, without legal forms in another
     * case ({@code Mittetulundusühingu PAIK}) and without case endings hyphenated to a word ({@code KKLM-i},
     * {@code MTÜ-le}).
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : OrganisationNames.key(name).split("\\s+")) {
            String[] parts = word.split("-");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean ending = i > 0 && part.length() <= 3 && ENDINGS.contains(part);
                if (!part.isEmpty() && !ending && !isLegalForm(part)) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    private static boolean isLegalForm(String word) {
        if (SHORT_LEGAL_FORMS.contains(word)) {
            return true;
        }
        for (String form : LEGAL_FORMS) {
            if (word.length() > form.length() - 2 && shareStem(word, form)) {
                return true;
            }
        }
        return false;
    }

    /** Similarity of two names' words ({@link #words}); 0 when any word has no counterpart. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || a.size() != b.size()) {
            return 0;
        }
        // pair the longest words first: they carry the most letters to compare
        List<String> left = new ArrayList<>(a);
        left.sort(Comparator.comparingInt(String::length).reversed());
        List<String> right = new ArrayList<>(b);
        double total = 0;
        for (String word : left) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < right.size(); i++) {
                double s = wordSimilarity(word, right.get(i));
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best < 0) {
                return 0;
            }
            right.remove(best);
            total += bestScore;
        }
        return total / left.size();
    }

    /** 1 for equal words, {@value #SAME_STEM} for one stem, the Jaro-Winkler score when close enough, else 0. */
    static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (Math.min(a.length(), b.length()) < MIN_STEM || hasDigit(a) || hasDigit(b)) {
            return 0;
        }
        if (shareStem(a, b)) {
            return SAME_STEM;
        }
        double jw = JARO_WINKLER.apply(a, b);
        return jw >= SIMILAR_WORD ? jw : 0;
    }

    private static boolean shareStem(String a, String b) {
        Set<String> stems = stems(a);
        for (String s : stems(b)) {
            if (stems.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String word) {
        Set<String> stems = new HashSet<>();
        stems.add(word);
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                stems.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return stems;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
