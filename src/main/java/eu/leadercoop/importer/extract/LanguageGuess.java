package eu.leadercoop.importer.extract;

import java.util.Set;

/**
 * Guesses whether a page is in Estonian, Polish or English from its short function words and its letters
 * (õ is Estonian, ą ę ł ś ź ż ń ć are Polish). Enough to pick the language of a project page; not a general
 * language identifier.
 */
final class LanguageGuess {

    private static final Set<String> ET = Set.of("ja", "on", "ning", "ka", "et", "ei", "või", "mis", "kus", "oma",
            "kui", "see", "projekti", "koostöö", "vähemalt", "läbi", "sh", "ühe", "aasta", "tegevused",
            "eesmärk", "partnerid", "periood", "toetus", "kohta", "osas", "nende", "koos");
    private static final Set<String> PL = Set.of("i", "w", "na", "z", "do", "się", "oraz", "dla", "jest", "od",
            "przez", "że", "nie", "lub", "który", "które", "projektu", "współpracy", "obszarów", "wiejskich", "ze",
            "po", "są", "jak", "tym", "działania", "celu", "zakresie", "rozwoju");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "for", "with", "is", "on", "are",
            "by", "at", "be", "will", "project", "partners", "from", "this", "that", "as", "an", "activities",
            "which", "their", "was", "were");

    private LanguageGuess() {
    }

    /** {@code et}, {@code pl} or {@code en}; null when the text gives too little to tell. */
    static String guess(String lower) {
        int et = 0;
        int pl = 0;
        int en = 0;
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
                if (d == 'õ' || d == 'š' || d == 'ž') {
                    et += 2;
                } else if (d == 'ä' || d == 'ö' || d == 'ü') {
                    et += 1;
                } else if (d == 'ą' || d == 'ę' || d == 'ł' || d == 'ś' || d == 'ź' || d == 'ż' || d == 'ń'
                        || d == 'ć') {
                    pl += 2;
                }
                i++;
            }
            if (i - start <= 10) {
                String w = lower.substring(start, i);
                if (ET.contains(w)) {
                    et += 3;
                }
                if (PL.contains(w)) {
                    pl += 3;
                }
                if (EN.contains(w)) {
                    en += 3;
                }
            }
        }
        int best = Math.max(et, Math.max(pl, en));
        if (best < 6) {
            return null;
        }
        return best == et ? "et" : best == pl ? "pl" : "en";
    }
}
