package eu.leadercoop.importer.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers written as words, with their inflected forms, in et, pl and en (one to twelve), and digits. A year
 * (four digits from 1900 to 2100) is never a count: "Osalemine 2024 konverentsil" is about the conference of 2024,
 * not 2024 conferences.
 */
final class NumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(1, "üks", "ühe", "ühel", "üht", "ühte", "üheks", "jeden", "jednego", "jednej", "jedno", "jedna", "jedną",
                "jednym", "one", "a", "an");
        put(2, "kaks", "kahe", "kahel", "kaht", "kahte", "kahed", "kahtede", "kahte", "kaheks", "dwa", "dwie", "dwóch",
                "dwu", "dwoma", "dwóm", "dwoje", "two", "both");
        put(3, "kolm", "kolme", "kolmel", "kolmeks", "trzy", "trzech", "trzema", "troje", "three");
        put(4, "neli", "nelja", "neljal", "cztery", "czterech", "czterema", "four");
        put(5, "viis", "viie", "viiel", "viit", "pięć", "pięciu", "five");
        put(6, "kuus", "kuue", "kuut", "sześć", "sześciu", "six");
        put(7, "seitse", "seitsme", "seitset", "siedem", "siedmiu", "seven");
        put(8, "kaheksa", "kaheksat", "osiem", "ośmiu", "eight");
        put(9, "üheksa", "üheksat", "dziewięć", "dziewięciu", "nine");
        put(10, "kümme", "kümne", "kümmet", "dziesięć", "dziesięciu", "ten");
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
            int n = Integer.parseInt(lowerWord);
            return lowerWord.length() == 4 && n >= 1900 && n <= 2100 ? -1 : n;
        }
        Integer n = WORDS.get(lowerWord);
        return n == null ? -1 : n;
    }
}
