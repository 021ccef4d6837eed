package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an activity promises: how many events of which kind, and whether they must be in different
 * partner regions. "Vähemalt kolme koosoleku korraldamine erinevates projekti piirkondades" is at least three
 * meetings in distinct regions; "organizacja co najmniej dwóch wyjazdów studyjnych" at least two study
 * trips; a plain count ("6 koolitusmoodulit", "kahed loometalgud") counts the same way.
 */
final class CommitmentReader {

    private static final int MAX_WORDS_BETWEEN = 3;
    private static final Pattern AT_LEAST = Pattern.compile(
            "vähemalt|minimaalselt|mitte vähem kui|co najmniej|minimum|min\\.|nie mniej niż|at least|no fewer than");
    private static final Pattern DISTINCT_REGIONS = Pattern.compile(
            "(?:erinevates|erinevas|igas|kõigis|kõikides|eri|w różnych|w każdym|we wszystkich|na terenie różnych"
                    + "|in different|in each|in every|in all|across)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:[\\p{L}-]*piirkon|[\\p{L}-]*regio|partnerpiirkon|maakon|obszar|wojew|lgd|tegevuspiirkon"
                    + "|partner areas|areas|territor|countries|riik|krajach|partnerite piirkon)");

    /** Words that ask for events held in person. */
    private static final Pattern PHYSICAL = Pattern.compile(
            "füüsili|kohapeal|silmast silma|physical|in[- ]person|face[- ]to[- ]face|stacjonarn|bezpośredni");
    private static final Set<String> LIST_JOINERS = Set.of("või", "ja", "ning", "ehk", "lub", "albo", "i", "oraz",
            "czy", "or", "and", "&");

    private static final Pattern DURATION = Pattern.compile(
            "(?:töö)?päev\\p{L}*|dni|dzień|dnia|days?|hours?|tund\\p{L}*|godzin\\p{L}*|nädal\\p{L}*|tygodni\\p{L}*"
                    + "|weeks?|kuu|kuud|miesięcy|months?");

    private CommitmentReader() {
    }

    /** The commitment in one activity text, or null when it names no count of events. */
    static Commitment read(String text) {
        String lower = Text.lower(text);
        EventTypes.Hit type = EventTypes.first(lower);
        if (type == null) {
            return null;
        }
        int[] count = countBefore(lower, type.start());
        Matcher atLeast = AT_LEAST.matcher(lower);
        boolean promised = atLeast.find() && atLeast.start() < type.start();
        int from;
        if (count == null) {
            if (!promised) {
                return null;
            }
            count = new int[] {1, atLeast.start()};
            from = atLeast.start();
        } else {
            from = promised ? Math.min(atLeast.start(), count[1]) : count[1];
        }
        boolean regions = DISTINCT_REGIONS.matcher(lower).find();
        List<EventTypes.Hit> listed = listed(lower, type);
        List<String> types = listed.stream().map(EventTypes.Hit::type).distinct().toList();
        int to = wordEnd(lower, listed.get(listed.size() - 1).end());
        boolean physical = PHYSICAL.matcher(lower.substring(from, to)).find();
        return new Commitment(count[0], type.type(), regions, types, physical, text.substring(from, to).strip());
    }

    /**
     * The kinds of event listed together with the first: "õppereisi, kohtumise või seminari" names three, joined by
     * commas and "or"/"and" words, with at most one other word (an adjective) before each.
     */
    private static List<EventTypes.Hit> listed(String lower, EventTypes.Hit first) {
        List<EventTypes.Hit> hits = new ArrayList<>();
        hits.add(first);
        int end = wordEnd(lower, first.end());
        while (true) {
            List<EventTypes.Hit> next = EventTypes.find(lower, end, 1);
            if (next.isEmpty()) {
                return hits;
            }
            EventTypes.Hit hit = next.get(0);
            if (!joinsAList(lower.substring(end, wordStart(lower, hit.start())))) {
                return hits;
            }
            hits.add(hit);
            end = wordEnd(lower, hit.end());
        }
    }

    private static boolean joinsAList(String gap) {
        int others = 0;
        boolean joined = gap.indexOf(',') >= 0 || gap.indexOf('/') >= 0;
        for (String word : gap.split("[\\s,/]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (LIST_JOINERS.contains(word)) {
                joined = true;
            } else if (++others > 1 || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return joined;
    }

    private static int wordStart(String lower, int at) {
        int i = at;
        while (i > 0 && isWordChar(lower.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String lower, int at) {
        int i = at;
        while (i < lower.length() && isWordChar(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A number word or digits at most three words before the event word: {value, offset}; null when none. */
    private static int[] countBefore(String lower, int eventStart) {
        int wordEnd = eventStart;
        // the event word itself may be a compound: start from the beginning of its word
        while (wordEnd > 0 && Character.isLetter(lower.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int words = 0;
        int i = wordEnd;
        while (words <= MAX_WORDS_BETWEEN && i > 0) {
            int end = i;
            while (end > 0 && !isWordChar(lower.charAt(end - 1))) {
                if (".;:?()".indexOf(lower.charAt(end - 1)) >= 0) {
                    return null;
                }
                end--;
            }
            int start = end;
            while (start > 0 && isWordChar(lower.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return null;
            }
            String word = lower.substring(start, end);
            if (DURATION.matcher(word).matches()) {
                // "5 päeva mentorlust": five days of one thing, not five events
                return null;
            }
            int dash = word.indexOf('-');
            int n = NumberWords.value(dash > 0 ? word.substring(0, dash) : word);
            if (n > 0 && (dash < 0 || !word.substring(dash).matches("-(päevane|dniowy|day).*"))) {
                return new int[] {n, start};
            }
            words++;
            i = start;
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
