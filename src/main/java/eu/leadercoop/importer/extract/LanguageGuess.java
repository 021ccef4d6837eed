package eu.leadercoop.importer.extract;

import java.util.Set;

/**
 * Guesses whether a page is in Estonian, Polish or English from its short function words and its letters
 * (õ is Estonian, ą ę ł ś ź ż ń ć are Polish). Enough to pick the language of a project page; not a general
 * language identifier: letters alone never decide, and a page whose words are more often those of a neighbouring
 * language (German, Finnish, Latvian, Lithuanian, French) is in none of the three.
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

    /** Frequent short words of languages LEADER pages near ours are written in, and not of et, pl or en. */
    private static final Set<String> OTHER = Set.of("der", "die", "das", "und", "von", "mit", "den", "im", "für",
            "ist", "des", "ein", "eine", "auf", "zwischen", "että", "ovat", "tai", "myös", "sekä", "joka", "hankkeen",
            "un", "ar", "ir", "kas", "projekta", "vai", "projekto", "kad", "yra", "bei", "le", "les", "et",
            "pour", "avec", "une", "du");

    private LanguageGuess() {
    }

    /** {@code et}, {@code pl} or {@code en}; null when the text gives too little to tell or is in another language. */
    static String guess(String lower) {
        int[] letters = new int[3];
        int[] words = new int[4];
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
                    letters[ET_] += 2;
                } else if (d == 'ä' || d == 'ö' || d == 'ü') {
                    letters[ET_] += 1;
                } else if (d == 'ą' || d == 'ę' || d == 'ł' || d == 'ś' || d == 'ź' || d == 'ż' || d == 'ń'
                        || d == 'ć') {
                    letters[PL_] += 2;
                }
                i++;
            }
            if (i - start <= 10) {
                String w = lower.substring(start, i);
                words[ET_] += ET.contains(w) ? 1 : 0;
                words[PL_] += PL.contains(w) ? 1 : 0;
                words[EN_] += EN.contains(w) ? 1 : 0;
                // "et" is Estonian too: it counts for French only beside other French words
                words[OTHER_] += OTHER.contains(w) && !ET.contains(w) ? 1 : 0;
            }
        }
        int best = -1;
        int bestScore = 0;
        for (int lang = 0; lang < 3; lang++) {
            int score = letters[lang] + 3 * words[lang];
            if (score > bestScore) {
                best = lang;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < 6 || words[best] < 2 || words[OTHER_] > words[best]) {
            return null;
        }
        return CODES[best];
    }

    private static final int ET_ = 0;
    private static final int PL_ = 1;
    private static final int EN_ = 2;
    private static final int OTHER_ = 3;
    private static final String[] CODES = {"et", "pl", "en"};
}
