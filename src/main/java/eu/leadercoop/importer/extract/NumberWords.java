package eu.leadercoop.importer.extract;

import java.util.HashMap;
import java.util.Map;

/** Numbers written as words, with their inflected forms, in et, pl and en (one to twelve). */
final class NumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(1, "üks", "ühe", "ühel", "üht", "ühte", "üheks", "jeden", "jednego", "jednej", "jedno", "jedną", "one", "a", "an");
        put(2, "kaks", "kahe", "kahel", "kaht", "kahte", "kahed", "kahtede", "kahte", "kaheks", "dwa", "dwie", "dwóch",
                "dwu", "dwoma", "dwóm", "two", "both");
        put(3, "kolm", "kolme", "kolmel", "kolmeks", "trzy", "trzech", "trzema", "three");
        put(4, "neli", "nelja", "neljal", "cztery", "czterech", "four");
        put(5, "viis", "viie", "viiel", "pięć", "pięciu", "five");
        put(6, "kuus", "kuue", "sześć", "sześciu", "six");
        put(7, "seitse", "seitsme", "siedem", "siedmiu", "seven");
        put(8, "kaheksa", "osiem", "ośmiu", "eight");
        put(9, "üheksa", "dziewięć", "dziewięciu", "nine");
        put(10, "kümme", "kümne", "dziesięć", "dziesięciu", "ten");
        put(11, "üksteist", "üheteistkümne", "jedenaście", "eleven");
        put(12, "kaksteist", "kaheteistkümne", "dwanaście", "twelve");
    }

    private static void put(int n, String... words) {
        for (String w : words) {
            WORDS.put(w, n);
        }
    }

    private NumberWords() {
    }

    /** The number a lower-case word or digits stand for, or -1. */
    static int value(String lowerWord) {
        if (!lowerWord.isEmpty() && lowerWord.length() <= 4 && lowerWord.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(lowerWord);
        }
        Integer n = WORDS.get(lowerWord);
        return n == null ? -1 : n;
    }
}
