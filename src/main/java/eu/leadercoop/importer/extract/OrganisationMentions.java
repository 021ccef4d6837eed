package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the organisations a line names, wherever they stand: in a list, a table row or a sentence. A name is
 * recognised by the words that mark an organisation in every language of the {@link Vocabulary}: a legal form or
 * kind before it ({@code MTÜ}, {@code Stowarzyszenie}, {@code Lokalnej Grupy Działania}, {@code biedrība},
 * {@code LAG}, {@code MAS}) followed by a quoted name or capitalised words, or a kind that ends it
 * ({@code Koostöökogu}, {@code Partnerluskogu}, {@code ry}, {@code e.V.}, {@code vietos veiklos grupė}) after
 * capitalised words. Names are kept as written, inflected forms included.
 */
final class OrganisationMentions {

    /** An organisation named in the text, with its span in the document. */
    record Mention(String name, int start, int end) {
    }

    private static final int MAX_NAME_WORDS = 9;
    private static final int MAX_QUOTED = 120;
    /** Acronyms of local action groups and their kin, written in capitals before or after a name. */
    private static final Set<String> ACRONYMS = Set.of("LAG", "LGD", "GAL", "MAS", "VRG", "VVG", "RAG", "FLAG", "LGR",
            "ŽRVVG", "ZRVVG", "RLGD", "VZRG", "ŽVVG", "LEADER-Region", "RRA", "ELY", "MTÜ", "SA", "OÜ", "VšĮ");
    /** Lower-case words that may stand inside a name ({@code Society for Rural Development of the Land}). */
    private static final Set<String> INNER = Set.of("of", "the", "for", "de", "du", "des", "la", "le", "di", "del", "della",
            "e", "ob", "in", "v", "na", "nad", "pod", "für", "am", "an", "der", "dem", "im", "zu", "von", "y", "en", "van",
            "i", "w", "z", "ze", "und", "and", "&", "ja", "un", "ir", "och", "et", "a",
            // Latvian and Lithuanian names keep common nouns in lower case: Cesu rajona lauku partnerība,
            // Jonavos rajono savivaldybės vietos veiklos grupė
            "rajona", "rajono", "novada", "novadu", "pilsētas", "miesto", "savivaldybės", "regiono", "krašto", "lauku",
            "biznesa", "attīstības", "zivsaimniecības", "kaimo", "bendruomenių", "r.",
            // German place names: Rund um den Huy, Osterode am Harz
            "um", "bei", "auf");
    /** Of the inner words, those that also join two names in a list: a name goes on after them only in capitals. */
    private static final Set<String> JOINERS = Set.of("i", "w", "z", "ze", "und", "and", "&", "ja", "un", "ir", "och",
            "et", "a", "oraz", "ning", "in", "e");
    /** The longest acronym: a longer word is none, without cutting it out of the line. */
    private static final int MAX_ACRONYM = ACRONYMS.stream().mapToInt(String::length).max().orElse(0);
    /** Words that with a kind make no name: {@code the Foundation}, {@code every LAG}, {@code Finnish LAG}. */
    private static final WordIndex NOT_NAME = Vocabulary.get().index("organisation.not_name");
    /** Cores already worked out: a page compares the same few names many times. */
    private static final Remembered<String> CORES = new Remembered<>(OrganisationMentions::coreOf);
    /** Legal forms and kinds written before a name, as whole words. */
    private static final WordIndex BEFORE = Vocabulary.get().index("organisation.before");
    /** Legal forms and kinds that end a name; a kind ends a word, not a compound (LEADER-Mitteln, Leader-hanke are no names). */
    private static final WordIndex AFTER = WordIndex.of(List.of(Stream.concat(
                    Vocabulary.get().regexes("organisation.after").stream(), Vocabulary.get().regexes("organisation.head").stream())
                    .toList()),
            alternatives -> "(?<![\\p{L}\\p{N}])(?:" + alternatives.get(0) + ")(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.WORD_START);

    private OrganisationMentions() {
    }

    /** The organisations named in one line, in order, none overlapping another. */
    static List<Mention> in(Line line) {
        String t = line.text();
        List<Mention> found = new ArrayList<>();
        if (t.isEmpty()) {
            return found;
        }
        int i = 0;
        int n = t.length();
        while (i < n) {
            if (!Text.wordStartsAt(t, i) || !Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int[] named = markedBefore(t, i);
            if (named == null && i > 0 && isOpeningQuote(t.charAt(i - 1))) {
                named = quotedThenKind(t, i - 1);
            }
            if (named == null) {
                named = markedAfter(t, i);
            }
            if (named != null) {
                String name = Text.trimItem(t.substring(named[0], named[1]));
                if (isName(name)) {
                    int start = line.start() + named[0];
                    found.add(new Mention(name, start, start + name.length()));
                }
                i = Math.max(named[1], i + 1);
            } else {
                i = wordEnd(t, i);
            }
        }
        return withKnownNames(found, DirectoryNames.in(line));
    }

    /**
     * The mentions with the directory's names added where they stand alone ({@code Sepra ja Pirkan Helmi}); where a
     * known name is longer than a mention it overlaps, the known name wins.
     */
    private static List<Mention> withKnownNames(List<Mention> found, List<Mention> known) {
        if (known.isEmpty()) {
            return found;
        }
        List<Mention> all = new ArrayList<>(found);
        for (Mention k : known) {
            boolean covered = false;
            for (int j = 0; j < all.size(); j++) {
                Mention m = all.get(j);
                if (k.start() < m.end() && m.start() < k.end()) {
                    if (k.start() <= m.start() && k.end() >= m.end() && k.end() - k.start() > m.end() - m.start()) {
                        all.set(j, k);
                    }
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                all.add(k);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** Marker words (one or several) at {@code i}, then the name: a quote or capitalised words. */
    private static int[] markedBefore(String t, int i) {
        int end = markersEnd(t, i);
        if (end < 0) {
            return null;
        }
        int j = skipSpaces(t, end);
        if (j < t.length() && isOpeningQuote(t.charAt(j))) {
            int close = quoteEnd(t, j);
            if (close < 0) {
                return null;
            }
            // a quoted name may go on in capitals: Lokalnej Grupy Działania „Ujście Baryczy” Gmin Góra-Niechlów
            return new int[]{i, kindAfterDash(t, capitalsEnd(t, close, 3))};
        }
        int namesEnd = capitalsEnd(t, j, MAX_NAME_WORDS);
        if (namesEnd == j) {
            return null;
        }
        return new int[]{i, namesEnd};
    }

    /** {@code „Między Prosną a Wartą” - Lokalna Grupa Działania}: a quoted name whose kind follows after a dash. */
    private static int[] quotedThenKind(String t, int open) {
        int close = quoteEnd(t, open);
        if (close < 0) {
            return null;
        }
        int end = kindAfterDash(t, close);
        return end > close ? new int[]{open, end} : null;
    }

    /** {@code „Kraina Sanu” – Lokalna Grupa Działania}: the kind written after a dash belongs to the name. */
    private static int kindAfterDash(String t, int end) {
        int j = skipSpaces(t, end);
        if (j < t.length() && (t.charAt(j) == '–' || t.charAt(j) == '-' || t.charAt(j) == '—')) {
            int k = skipSpaces(t, j + 1);
            int m = markersEnd(t, k);
            if (k > j + 1 && m > 0) {
                return m;
            }
        }
        return end;
    }

    /** One or more marker words from {@code i} ({@code Stowarzyszenie Lokalna Grupa Działania}), or -1. */
    private static int markersEnd(String t, int i) {
        int end = -1;
        int at = i;
        while (true) {
            int m = markerAt(t, at);
            if (m < 0) {
                return end;
            }
            end = m;
            at = skipSpaces(t, m);
        }
    }

    private static int markerAt(String t, int i) {
        if (i >= t.length() || !Character.isLetter(t.charAt(i))) {
            return -1;
        }
        int we = wordEnd(t, i);
        if (we - i <= MAX_ACRONYM && ACRONYMS.contains(t.substring(i, we))) {
            return we;
        }
        Matcher m = BEFORE.at(t, i);
        if (m != null) {
            // a marker in lower case counts only as a word of its own (biedrība), not as an abbreviation (sa, as)
            String word = t.substring(i, m.end());
            boolean abbreviation = word.length() <= 3;
            if (abbreviation && !word.equals(word.toUpperCase(Locale.ROOT))) {
                return -1;
            }
            return m.end();
        }
        return -1;
    }

    /** Capitalised words from {@code i} ended by an organisation kind ({@code Rohelise Jõemaa Koostöökogu}). */
    private static int[] markedAfter(String t, int i) {
        if (!Character.isUpperCase(t.charAt(i))) {
            return null;
        }
        int words = 0;
        int at = i;
        while (at < t.length() && words < MAX_NAME_WORDS) {
            int we = nameWordEnd(t, at);
            if (we <= at) {
                break;
            }
            String word = t.substring(at, we);
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            if (markedBefore(t, at) != null) {
                // Eestist MTÜ Arenduskoda, Lätist LAG Cesu: a kind that is followed by a name begins that name
                return null;
            }
            if (words > 0 && (ACRONYMS.contains(word) || headAt(t, at))) {
                int kindEnd = kindEnd(t, at);
                return new int[]{i, kindEnd};
            }
            if (!capital && !(INNER.contains(word) && !JOINERS.contains(word))) {
                if (words > 0 && headAt(t, at)) {
                    return new int[]{i, kindEnd(t, at)};
                }
                break;
            }
            words++;
            at = skipSpaces(t, we);
        }
        return null;
    }

    /** Whether a kind that ends a name starts at {@code at} (several words: vietos veiklos grupė). */
    private static boolean headAt(String t, int at) {
        return AFTER.at(t, at) != null;
    }

    /** The end of the kind words from {@code at}: several may follow each other ({@code Fife LEADER Local Action Group}). */
    private static int kindEnd(String t, int at) {
        int end = nameWordEnd(t, at);
        int from = at;
        while (from < t.length()) {
            Matcher m = AFTER.at(t, from);
            if (m == null) {
                break;
            }
            end = Math.max(end, m.end());
            from = skipSpaces(t, m.end());
        }
        return end;
    }

    /** The end of capitalised words from {@code i}, at most {@code max} of them; {@code i} when there are none. */
    private static int capitalsEnd(String t, int i, int max) {
        int at = skipSpaces(t, i);
        int end = i;
        int words = 0;
        while (at < t.length() && words < max) {
            if (isOpeningQuote(t.charAt(at))) {
                int close = quoteEnd(t, at);
                if (close < 0) {
                    break;
                }
                end = close;
                at = skipSpaces(t, close);
                words++;
                continue;
            }
            int we = nameWordEnd(t, at);
            if (we <= at) {
                break;
            }
            String word = t.substring(at, we);
            char first = word.charAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first) && words > 0) {
                end = we;
            } else if (headAt(t, at)) {
                // LAG Cesu rajona lauku partnerība, Alytaus rajono vietos veiklos grupė: a kind in lower case ends it
                end = kindEnd(t, at);
                break;
            } else if (!INNER.contains(word) || JOINERS.contains(word)) {
                int next = skipSpaces(t, we);
                // Kraina św. Anny: a short word in lower case between capitalised ones
                boolean continues = end > i && word.length() <= 6 && !JOINERS.contains(word) && next < t.length()
                        && next > we && Character.isUpperCase(t.charAt(next));
                if (!continues) {
                    break;
                }
            }
            words++;
            at = skipSpaces(t, we);
        }
        return end;
    }

    /** A word of a name: letters, digits, hyphens, apostrophes and inner dots ({@code St.Peterburg}, {@code e.V.}). */
    private static int nameWordEnd(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '&') {
                j++;
            } else if (c == '.' && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int wordEnd(String t, int i) {
        int j = i;
        while (j < t.length() && Character.isLetterOrDigit(t.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static int skipSpaces(String t, int i) {
        int j = i;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /**
     * {@code LAG}, {@code Local Action Group}, {@code the Foundation}, {@code Finnish LAG}: a kind without a name. After a
     * legal form a kind word is the name itself ({@code MTÜ Arenduskoda}, {@code MTÜ Partnerid}).
     */
    private static boolean onlyKindWords(String name) {
        return !otherWords(name, null);
    }

    /**
     * The name without its kind, legal form and quotes, in lower case: {@code LGD „Zapilicze”} and {@code Lokalna Grupa
     * Działania „Zapilicze”} are one organisation, {@code zapilicze}.
     */
    static String core(String name) {
        return CORES.of(name);
    }

    private static String coreOf(String name) {
        StringBuilder out = new StringBuilder();
        otherWords(name, out);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a name that are no kind nor legal form, joined by spaces into {@code out}. With {@code out} null,
     * only whether there is one, where words no name is made of count as kinds too, and a kind after a legal form is
     * the name itself ({@code MTÜ Arenduskoda}).
     */
    private static boolean otherWords(String name, StringBuilder out) {
        boolean ask = out == null;
        boolean legalForm = false;
        int i = 0;
        int n = name.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                i++;
                continue;
            }
            int end = markerAt(name, i);
            if (end >= 0) {
                legalForm = true;
                i = end;
                continue;
            }
            Matcher kind = ask ? NOT_NAME.at(name, i) : null;
            if (kind == null && !(ask && legalForm)) {
                kind = AFTER.at(name, i);
            }
            if (kind != null) {
                i = kind.end();
                continue;
            }
            if (ask) {
                return true;
            }
            int we = wordEnd(name, i);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(name, i, we);
            i = we;
        }
        return !ask && !out.isEmpty();
    }

    static boolean isOpeningQuote(char c) {
        return c == '„' || c == '“' || c == '"' || c == '«' || c == '”' || c == '‚';
    }

    /**
     * The end (after the closing mark) of a quote opened at {@code open}, nested quotes included
     * ({@code “Daugavpils un Ilūkstes novadu partnerība “Kaimiņi””}); -1 when it does not close on the line soon.
     */
    static int quoteEnd(String t, int open) {
        int depth = 1;
        int limit = Math.min(t.length(), open + MAX_QUOTED);
        for (int j = open + 1; j < limit; j++) {
            char c = t.charAt(j);
            boolean wordFollows = j + 1 < t.length() && Character.isLetterOrDigit(t.charAt(j + 1));
            boolean spaceBefore = t.charAt(j - 1) == ' ';
            if (c == '„' || c == '«' || c == '‚') {
                depth++;
            } else if (c == '“' || c == '"') {
                // “ opens in English and Latvian, closes in Polish and German; " opens and closes
                if (spaceBefore && wordFollows) {
                    depth++;
                } else {
                    depth--;
                }
            } else if (c == '”' || c == '»' || c == '’') {
                depth--;
            }
            if (depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isName(String name) {
        if (name.length() < 3 || name.length() > 160 || onlyKindWords(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
