package eu.leadercoop.importer.extract;

import eu.leadercoop.partners.LagDirectory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names and aliases of the LAG directory ({@link LagDirectory}) found in a line: many groups are written with no
 * kind or legal form at all ({@code Pirkan Helmi}, {@code Aisapari}, {@code Rieska-Leader}), so only knowing them
 * finds them. A name matches as written, its last word also inflected ({@code Hiidlaste Koostöökoguga},
 * {@code Pirkan Helmen}); a name of one word counts only in its own capitals, so that {@code Partnerid} or
 * {@code Mansikka} inside a sentence in lower case is not taken for the group.
 */
final class DirectoryNames {

    /** The letters an inflected last word may add: Estonian, Finnish, Polish and Baltic case endings. */
    private static final int MAX_ENDING = 4;
    private static final int MIN_SINGLE_WORD = 4;

    /** Words of the page's own vocabulary (partners, lead partner, LEADER ...): as a one-word name they are ambiguous. */
    private static final Pattern COMMON = Pattern.compile(Vocabulary.get().alternation("role.partner") + "|"
            + Vocabulary.get().alternation("label.partners") + "|leader", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private record Known(String[] words) {
    }

    /** first word → the names starting with it, longest first */
    private static final Map<String, List<Known>> BY_FIRST_WORD = load();

    private DirectoryNames() {
    }

    /** The directory's names in the line, as written there, in order and not overlapping. */
    static List<OrganisationMentions.Mention> in(Line line) {
        List<OrganisationMentions.Mention> found = new ArrayList<>();
        String t = line.text();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(t.charAt(i)) || !Text.wordStartsAt(t, i)) {
                i++;
                continue;
            }
            int end = wordEnd(t, i);
            List<Known> candidates = BY_FIRST_WORD.get(stem(t.substring(i, end)));
            int matched = -1;
            if (candidates != null) {
                for (Known k : candidates) {
                    matched = match(t, i, k.words());
                    if (matched > 0) {
                        break;
                    }
                }
            }
            if (matched > 0) {
                found.add(new OrganisationMentions.Mention(t.substring(i, matched), line.start() + i, line.start() + matched));
                i = matched;
            } else {
                i = end;
            }
        }
        return found;
    }

    /** The end of the name's words from {@code i}, the last one allowed an ending; -1 when they do not follow. */
    private static int match(String t, int i, String[] words) {
        int at = i;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean last = w == words.length - 1;
            if (!t.regionMatches(at, word, 0, word.length())) {
                return -1;
            }
            int end = at + word.length();
            int wordEnd = end;
            while (wordEnd < t.length() && Character.isLetter(t.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd > end && (!last || wordEnd - end > MAX_ENDING || words.length == 1)) {
                return -1;
            }
            if (last) {
                return wordEnd;
            }
            at = wordEnd;
            if (at >= t.length() || t.charAt(at) != ' ') {
                return -1;
            }
            at++;
        }
        return -1;
    }

    private static Map<String, List<Known>> load() {
        Map<String, List<Known>> map = new HashMap<>();
        for (String name : LagDirectory.shipped().names().keySet()) {
            String[] words = name.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
                continue;
            }
            if (words.length == 1 && (words[0].length() < MIN_SINGLE_WORD || COMMON.matcher(words[0]).matches())) {
                // Partnerid, the Estonian group, is also the word for partners: alone it says nothing
                continue;
            }
            map.computeIfAbsent(stem(words[0]), k -> new ArrayList<>()).add(new Known(words));
        }
        for (List<Known> list : map.values()) {
            list.sort((a, b) -> Integer.compare(String.join(" ", b.words()).length(), String.join(" ", a.words()).length()));
        }
        return map;
    }

    /** A first word's first letters: an inflected first word of a one-word name still finds its entry. */
    private static String stem(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    private static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '-')) {
            j++;
        }
        return Math.max(j, i + 1);
    }
}
