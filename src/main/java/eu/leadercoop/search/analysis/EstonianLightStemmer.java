package eu.leadercoop.search.analysis;

/**
 * A light stemmer for Estonian nouns and adjectives, in the spirit of Lucene's light stemmers for
 * Finnish and Hungarian (Savoy): it removes the case and plural endings that people actually write
 * (adessive {@code -l}, allative {@code -le}, elative {@code -st}, comitative {@code -ga}, plural
 * {@code -d}, {@code -de}, {@code -te}...) and the genitive stem's final vowel, so that
 * {@code õppereisid}, {@code õppereisil} and {@code õppereis} share the stem {@code õppereis}.
 *
 * <p>Lucene's Snowball Estonian stemmer is not consistent enough for search: it reduces
 * {@code õppereis} to {@code õppere} but {@code õppereisi} to {@code õppereisi}, and
 * {@code koostööseminaril} to {@code koostööseminari} but {@code koostööseminar} to itself.
 *
 * <p>Works on lower-case text that is already ASCII-folded (so only {@code a e i u} count as
 * removable vowels). The inessive {@code -s} cannot be told apart from a nominative ending in
 * {@code s} ({@code projektis} "in the project" against {@code õppereis} "study trip"), so
 * {@link #alternative} gives the stem with that {@code -s} removed as a second form, to be indexed
 * and searched at the same position.
 */
public final class EstonianLightStemmer {

    /** Singular case endings, longest first; removed once. */
    private static final String[] CASE_ENDINGS = {"sse", "st", "lt", "le", "ks", "ga", "ta", "ni", "na", "l"};
    /** Plural markers that remain before (or instead of) a case ending. */
    private static final String[] PLURAL_ENDINGS = {"de", "te", "d"};
    /** Shortest stem left after removing an ending: keeps {@code aasta}, {@code küla} whole. */
    private static final int MIN_STEM = 4;

    private EstonianLightStemmer() {
    }

    /** The stem of {@code word}. */
    public static String stem(String word) {
        return stem(word, false);
    }

    /** The stem when a final {@code -s} is read as the inessive ending, or null when that reading gives the same stem. */
    public static String alternative(String word) {
        if (!word.endsWith("s")) {
            return null;
        }
        String alternative = stem(word, true);
        return alternative.equals(stem(word, false)) ? null : alternative;
    }

    private static String stem(String word, boolean inessive) {
        if (word.length() < MIN_STEM + 1 || !isLetters(word)) {
            return word;
        }
        String w = removeCaseEnding(word, inessive);
        w = removeFirst(w, PLURAL_ENDINGS);
        char last = w.charAt(w.length() - 1);
        if (w.length() > MIN_STEM && (last == 'a' || last == 'e' || last == 'i' || last == 'u')) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String removeCaseEnding(String word, boolean inessive) {
        String w = removeFirst(word, CASE_ENDINGS);
        if (w.equals(word) && inessive && word.length() > MIN_STEM + 1) {
            return word.substring(0, word.length() - 1);
        }
        return w;
    }

    private static String removeFirst(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
