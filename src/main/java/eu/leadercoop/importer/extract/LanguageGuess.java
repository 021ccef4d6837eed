package eu.leadercoop.importer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the language of a page from its frequent short words ({@code words} in each language's
 * {@link Vocabulary} file) and the letters only some languages write (õ is Estonian, ł Polish, ā Latvian, ė
 * Lithuanian, å Swedish, ß German, ř Czech). Enough to pick the language of a project page; not a general
 * language identifier: letters alone never decide.
 */
final class LanguageGuess {

    private static final List<String> LANGUAGES = Vocabulary.get().languages();
    /** word → the indexes of the languages it is frequent in */
    private static final Map<String, int[]> WORDS = new HashMap<>();
    private static final Map<Character, int[]> LETTERS = new HashMap<>();
    /** the weight of each language's letters in {@link #LETTERS}, in the same order */
    private static final Map<Character, Integer> LETTER_WEIGHT = new HashMap<>();

    static {
        for (int i = 0; i < LANGUAGES.size(); i++) {
            for (String w : Vocabulary.get().written(LANGUAGES.get(i), "words")) {
                int[] old = WORDS.get(w);
                int[] langs = old == null ? new int[]{i} : append(old, i);
                WORDS.put(w, langs);
            }
        }
        letters(2, "õ", "et");
        letters(1, "äö", "et", "fi", "sv", "de");
        letters(1, "ü", "et", "de");
        letters(1, "šž", "et", "lv", "lt", "cs");
        letters(2, "łśźżńć", "pl");
        letters(1, "ąę", "pl", "lt");
        letters(2, "āēīņļķģ", "lv");
        letters(1, "ū", "lv", "lt");
        letters(2, "ėįų", "lt");
        letters(2, "ěřů", "cs");
        letters(2, "å", "sv");
        letters(2, "ß", "de");
        letters(1, "èêçàù", "fr");
    }

    private LanguageGuess() {
    }

    /** A language code of the vocabulary ({@code et}, {@code pl}, {@code lv} ...); null when the text gives too little. */
    static String guess(String lower) {
        int[] letters = new int[LANGUAGES.size()];
        int[] words = new int[LANGUAGES.size()];
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                char d = lower.charAt(i);
                if (d > 0x7f) {
                    int[] langs = LETTERS.get(d);
                    if (langs != null) {
                        int weight = LETTER_WEIGHT.get(d);
                        for (int lang : langs) {
                            letters[lang] += weight;
                        }
                    }
                }
                i++;
            }
            if (i - start <= 10) {
                int[] langs = WORDS.get(lower.substring(start, i));
                if (langs != null) {
                    for (int lang : langs) {
                        words[lang]++;
                    }
                }
            }
        }
        int best = -1;
        int bestScore = 0;
        for (int lang = 0; lang < LANGUAGES.size(); lang++) {
            int score = letters[lang] + 3 * words[lang];
            if (score > bestScore) {
                best = lang;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < 6 || words[best] < 2) {
            return null;
        }
        return LANGUAGES.get(best);
    }

    private static void letters(int weight, String chars, String... languages) {
        int[] indexes = new int[languages.length];
        for (int i = 0; i < languages.length; i++) {
            indexes[i] = LANGUAGES.indexOf(languages[i]);
        }
        for (char c : chars.toCharArray()) {
            LETTERS.put(c, indexes);
            LETTER_WEIGHT.put(c, weight);
        }
    }

    private static int[] append(int[] a, int v) {
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
