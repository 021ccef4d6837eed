package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an activity promises: how many events of which kind, whether they must be in different partner
 * regions or held in person, and by when. "Vähemalt kolme koosoleku korraldamine erinevates projekti piirkondades"
 * is at least three meetings in distinct regions; "organizacja co najmniej dwóch wyjazdów studyjnych" at least two
 * study trips; a plain count ("6 koolitusmoodulit", "kahed loometalgud") counts the same way, and a kind of event
 * with its length in front ("5-päevane õppereis", "a two-day seminar") is one event.
 *
 * <p>Each count with the kinds of event it names is one commitment, so "Vähemalt 2 välisõppereisi ja 4 seminari"
 * makes two. A date after the kinds with a word for "by" before it ({@code by June 2025}, {@code do końca 2023},
 * {@code hiljemalt}) or in the Estonian translative ({@code 2022 kevadeks}, {@code 2025. aastaks}) is the
 * commitment's deadline; a date without one ({@code 2024. aastal}) only says when.
 */
final class CommitmentReader {

    private static final int MAX_WORDS_BETWEEN = 3;
    private static final int MAX_KINDS = 40;
    private static final Pattern AT_LEAST = Pattern.compile(
            "vähemalt|minimaalselt|mitte vähem kui|co najmniej|minimum|min\\.|nie mniej niż|at least|no fewer than");
    private static final Pattern DISTINCT_REGIONS = Pattern.compile(
            "(?:erinevates|erinevas|igas|kõigis|kõikides|eri|w różnych|w każdym|we wszystkich|na terenie różnych"
                    + "|in different|in each|in every|in all|across)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:[\\p{L}-]*piirkon|[\\p{L}-]*regio|partnerpiirkon|maakon|obszar|wojew|lgd|tegevuspiirkon"
                    + "|partner areas|areas|territor|countries|riik|krajach|partnerite piirkon)");

    private static final List<String> REGION_WORDS = List.of("erinev", "igas", "kõigis", "kõikides", "eri ", "różnych",
            "każdym", "wszystkich", "different", "in each", "in every", "in all", "across");

    /** Words that ask for events held in person. */
    private static final Pattern PHYSICAL = Pattern.compile(
            "füüsili|kohapeal|silmast silma|physical|in[- ]person|face[- ]to[- ]face|stacjonarn|bezpośredni");
    private static final Set<String> LIST_JOINERS = Set.of("või", "ja", "ning", "ehk", "lub", "albo", "i", "oraz",
            "czy", "or", "and", "&");

    private static final Pattern DURATION = Pattern.compile(
            "(?:töö)?päev\\p{L}*|dni|dzień|dnia|days?|hours?|tund\\p{L}*|godzin\\p{L}*|nädal\\p{L}*|tygodni\\p{L}*"
                    + "|weeks?|kuu|kuud|miesięcy|months?");
    /** "5-päevane", "kahepäevane", "5-dniowy", "two-day": how long one event lasts, not how many there are. */
    private static final Pattern LENGTH_OF_ONE = Pattern.compile(
            "([\\p{L}\\d]+?)-?(?:päeva(?:ne|se|st|sed|seid)|nädala(?:ne|se|st)|tunni(?:ne|se|st)|dniow\\p{L}*"
                    + "|tygodniow\\p{L}*|godzinn\\p{L}*|days?|weeks?|hours?)");
    /** A word for "by" just before a date. */
    private static final Pattern BY = Pattern.compile(
            "(?:(?<![\\p{L}])(?:by|until|till|no later than|not later than|before|do|przed|hiljemalt|kuni)"
                    + "(?: the end of| końca| the end)?)\\s*$");
    /** The Estonian translative of a date word: "kevadeks", "aastaks", "juuniks" (by spring, by the year...). */
    private static final Pattern TRANSLATIVE = Pattern.compile("\\p{L}ks(?![\\p{L}])");

    /** One count and the kinds of event it counts, with where they were read. */
    private record Counted(int count, int from, List<EventTypes.Hit> kinds) {

        int kindsEnd() {
            return kinds.get(kinds.size() - 1).end();
        }
    }

    private CommitmentReader() {
    }

    /** The first commitment in one activity text, or null when it names no count of events. */
    static Commitment read(String text) {
        List<Commitment> all = readAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every commitment in one activity text, in the order written. */
    static List<Commitment> readAll(String text) {
        String lower = Text.lower(text);
        List<EventTypes.Hit> hits = EventTypes.find(lower, 0, MAX_KINDS);
        List<Counted> counted = new ArrayList<>(1);
        int floor = 0;
        for (int i = 0; i < hits.size(); ) {
            List<EventTypes.Hit> kinds = listed(lower, hits, i);
            Counted c = counted(lower, floor, kinds);
            if (c != null) {
                counted.add(c);
                floor = wordEnd(lower, c.kindsEnd());
            }
            i += kinds.size();
        }
        List<Commitment> out = new ArrayList<>(counted.size());
        int clauseStart = 0;
        for (int k = 0; k < counted.size(); k++) {
            Counted c = counted.get(k);
            int clauseEnd = k + 1 < counted.size() ? counted.get(k + 1).from() : lower.length();
            out.add(commitment(text, lower, c, clauseStart, clauseEnd));
            clauseStart = wordEnd(lower, c.kindsEnd());
        }
        return out;
    }

    /** The count before the kinds (or a promise word, which counts one), or null when there is neither. */
    private static Counted counted(String lower, int floor, List<EventTypes.Hit> kinds) {
        int start = kinds.get(0).start();
        int[] count = countBefore(lower, start, floor);
        Matcher atLeast = AT_LEAST.matcher(lower).region(floor, start);
        int promise = -1;
        while (atLeast.find()) {
            String between = lower.substring(atLeast.end(), start);
            promise = between.contains(". ") || between.indexOf(';') >= 0 ? -1 : atLeast.start();
        }
        if (count == null) {
            return promise < 0 ? null : new Counted(1, promise, kinds);
        }
        return new Counted(count[0], promise < 0 ? count[1] : Math.min(promise, count[1]), kinds);
    }

    private static Commitment commitment(String text, String lower, Counted c, int clauseStart, int clauseEnd) {
        int kindsEnd = wordEnd(lower, c.kindsEnd());
        String clause = lower.substring(clauseStart, clauseEnd);
        boolean regions = mayNameRegions(clause) && DISTINCT_REGIONS.matcher(clause).find();
        boolean physical = PHYSICAL.matcher(lower.substring(c.from(), afterWords(lower, kindsEnd, 2, clauseEnd))).find();
        DateHit deadline = deadline(text.substring(kindsEnd, clauseEnd), lower.substring(kindsEnd, clauseEnd));
        int to = deadline == null ? kindsEnd : kindsEnd + deadline.to();
        to = closingBracket(text, c.from(), to);
        boolean any = c.kinds().stream().anyMatch(h -> EventTypes.ANY.equals(h.type()));
        List<String> types = any ? EventTypes.EVERY_KIND : c.kinds().stream().map(EventTypes::code).distinct().toList();
        return new Commitment(c.count(), EventTypes.code(c.kinds().get(0)), regions, types, physical,
                text.substring(c.from(), to).strip(), deadline == null ? null : deadline.end());
    }

    /** The words "different", "each", "all" the regions pattern begins with, looked for before it runs. */
    private static boolean mayNameRegions(String lower) {
        for (String w : REGION_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first date after the kinds that is a deadline: "by" before it, or in the translative ("kevadeks"). */
    private static DateHit deadline(String after, String lowerAfter) {
        if (!Text.hasDigit(after)) {
            return null;
        }
        for (DateHit d : Dates.findAll(after)) {
            String written = Text.lower(d.asWritten());
            boolean translative = TRANSLATIVE.matcher(written).find();
            boolean by = BY.matcher(lowerAfter.substring(Math.max(0, d.from() - 30), d.from())).find();
            boolean byEnd = lowerAfter.startsWith(" lõpuks", d.to()) || lowerAfter.startsWith(" lõpuni", d.to());
            if (translative || by || byEnd) {
                return d;
            }
        }
        return null;
    }

    /** An opening bracket inside the words read is closed right after them: "(… 2022 kevadeks)". */
    private static int closingBracket(String text, int from, int to) {
        String read = text.substring(from, to);
        boolean open = read.lastIndexOf('(') > read.lastIndexOf(')');
        return open && to < text.length() && text.charAt(to) == ')' ? to + 1 : to;
    }

    /**
     * The kinds of event listed together with the one at {@code first}: "õppereisi, kohtumise või seminari" names
     * three, joined by commas and "or"/"and" words, with at most one other word (an adjective) before each.
     */
    private static List<EventTypes.Hit> listed(String lower, List<EventTypes.Hit> hits, int first) {
        List<EventTypes.Hit> listed = new ArrayList<>(2);
        listed.add(hits.get(first));
        int end = wordEnd(lower, hits.get(first).end());
        for (int i = first + 1; i < hits.size(); i++) {
            EventTypes.Hit hit = hits.get(i);
            int start = wordStart(lower, hit.start());
            if (start < end || !joinsAList(lower.substring(end, start))) {
                break;
            }
            listed.add(hit);
            end = wordEnd(lower, hit.end());
        }
        return listed;
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

    /**
     * A number word or digits at most three words before the event word and after {@code floor}: {value, offset};
     * {1, offset} for a length of one event ("5-päevane õppereis"); null when none.
     */
    private static int[] countBefore(String lower, int eventStart, int floor) {
        int wordEnd = eventStart;
        // the event word itself may be a compound: start from the beginning of its word
        while (wordEnd > floor && Character.isLetter(lower.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int words = 0;
        int i = wordEnd;
        int[] lengthOfOne = null;
        while (words <= MAX_WORDS_BETWEEN && i > floor) {
            int end = i;
            while (end > floor && !isWordChar(lower.charAt(end - 1))) {
                if (".;:?()".indexOf(lower.charAt(end - 1)) >= 0) {
                    return lengthOfOne;
                }
                end--;
            }
            int start = end;
            while (start > floor && isWordChar(lower.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return lengthOfOne;
            }
            String word = lower.substring(start, end);
            if (DURATION.matcher(word).matches()) {
                // "5 päeva mentorlust": five days of one thing, not five events
                return lengthOfOne;
            }
            Matcher length = LENGTH_OF_ONE.matcher(word);
            if (length.matches() && NumberWords.value(length.group(1)) > 0) {
                lengthOfOne = lengthOfOne == null ? new int[] {1, start} : lengthOfOne;
            } else {
                // "3-4 seminari": at least the lower number
                int dash = word.indexOf('-');
                int n = NumberWords.value(dash > 0 ? word.substring(0, dash) : word);
                if (n > 0) {
                    return new int[] {n, start};
                }
            }
            words++;
            i = start;
        }
        return lengthOfOne;
    }

    /** The offset after the {@code n}th word from {@code from}, at most {@code limit}. */
    private static int afterWords(String lower, int from, int n, int limit) {
        int i = from;
        for (int w = 0; w < n && i < limit; w++) {
            while (i < limit && !isWordChar(lower.charAt(i))) {
                i++;
            }
            while (i < limit && isWordChar(lower.charAt(i))) {
                i++;
            }
        }
        return Math.min(i, limit);
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


    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
