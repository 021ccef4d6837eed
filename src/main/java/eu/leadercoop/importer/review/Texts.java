package eu.leadercoop.importer.review;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.math.BigDecimal;
import java.util.Locale;

/** Comparing what a text says with what the record says, beyond case, punctuation and spacing. */
final class Texts {

    /** Texts whose letters differ in at most this share of their length say the same (a typo, a dropped word). */
    private static final double SAME_TEXT_EDITS = 0.1;

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The same words, or nearly: Levenshtein distance of the normalised texts within a tenth of their length. */
    static boolean same(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return true;
        }
        int limit = (int) (Math.max(x.length(), y.length()) * SAME_TEXT_EDITS);
        return limit > 0 && Math.abs(x.length() - y.length()) <= limit
                && new LevenshteinDistance(limit).apply(x, y) >= 0;
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
