package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Commitment;

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
        int count = countBefore(lower, type.start());
        Matcher atLeast = AT_LEAST.matcher(lower);
        boolean promised = atLeast.find() && atLeast.start() < type.start();
        if (count < 0) {
            if (!promised) {
                return null;
            }
            count = 1;
        }
        boolean regions = DISTINCT_REGIONS.matcher(lower).find();
        return new Commitment(count, type.type(), regions);
    }

    /** A number word or digits at most three words before the event word. */
    private static int countBefore(String lower, int eventStart) {
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
                    return -1;
                }
                end--;
            }
            int start = end;
            while (start > 0 && isWordChar(lower.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return -1;
            }
            String word = lower.substring(start, end);
            if (DURATION.matcher(word).matches()) {
                // "5 päeva mentorlust": five days of one thing, not five events
                return -1;
            }
            int dash = word.indexOf('-');
            int n = NumberWords.value(dash > 0 ? word.substring(0, dash) : word);
            if (n > 0 && (dash < 0 || !word.substring(dash).matches("-(päevane|dniowy|day).*"))) {
                return n;
            }
            words++;
            i = start;
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
