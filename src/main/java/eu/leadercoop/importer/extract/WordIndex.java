package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern around alternations of words (the vocabulary's alternatives of every language, as regular expressions)
 * that tries at a position only the alternatives that can begin there. Asking a whole alternation of ten languages'
 * words case-insensitively at every word of a page costs most of a page's reading; here each alternative is filed
 * under the characters it can begin with and checked for the letters it must begin with (or, for a compound's end
 * {@code ~kogu}, hold within the word) before any regular expression runs.
 *
 * <p>Every match is the whole pattern's: the pattern tried at a position is the same pattern with only those
 * alternatives left out that cannot match there, which the whole pattern would have tried in vain. For that the
 * alternations must be entered at the position tried (after look-arounds only), as in {@code (?<!\p{L})(?:a|b)…}.
 */
final class WordIndex {

    /** What the pattern asks of the character before a match: a cheap test made before it runs. */
    enum Before {
        /** nothing */
        ANYTHING,
        /** no letter or digit: the pattern begins with {@code (?<![\p{L}\p{N}])} */
        WORD_START,
        /** a letter: the pattern begins with {@code (?<=\p{L})} (the end of a compound) */
        LETTER
    }

    /** Characters below this are looked up in an array, others in a map. */
    private static final int TABLE = 0x250;
    private static final String ANY_LETTERS = "\\p{L}*";
    /** How many patterns of the alternatives that fit at a position one bucket keeps; others run its whole pattern. */
    private static final int MAX_FITTING = 256;
    private static final char[] FOLDED = new char[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    private final List<List<String>> groups;
    private final Function<List<String>, String> regex;
    private final int flags;
    private final Before before;
    private final Bucket[] table = new Bucket[TABLE];
    private final Map<Character, Bucket> others = new HashMap<>();
    /** The alternatives that can begin with any character; null when there are none. */
    private final Bucket anyOnly;

    /**
     * The pattern of the alternatives that can begin with some characters, what each must begin with and where it
     * stands in the groups ({group, index}), the patterns of those of them that fit at a position, by which fit; and
     * which alternatives to check at a position: those whose beginnings have the next character as their second
     * (folded), and those that tell no second character.
     */
    private record Bucket(Pattern pattern, Alternative[] alternatives, int[][] members, Map<BitSet, Pattern> fitting,
                          Map<Character, int[]> bySecond, int[] unkeyed) {
    }

    /**
     * What one alternative must begin with (one of some beginnings, folded), or the letters it must hold within the
     * word it begins ({@code ~kogu}); both null when it may begin with anything.
     */
    private record Alternative(char[][] prefixes, char[] inWord) {
    }

    private WordIndex(List<List<String>> groups, Function<List<String>, String> regex, int flags, Before before,
                      Bucket anyOnly) {
        this.groups = groups;
        this.regex = regex;
        this.flags = flags;
        this.before = before;
        this.anyOnly = anyOnly;
    }

    /**
     * A whole-word pattern of some alternatives, case-insensitive: {@code (?<![\p{L}\p{N}])(?:a|b|…)(?![\p{L}\p{N}])},
     * what {@link Vocabulary#words} compiles.
     */
    static WordIndex words(List<String> alternatives) {
        return of(List.of(alternatives), parts -> "(?<![\\p{L}\\p{N}])(?:" + parts.get(0) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Before.WORD_START);
    }

    /**
     * The pattern {@code regex} makes of groups of alternatives: it is given, for each group, the alternation of the
     * group's alternatives ({@code a|b|c}, or {@code (?!)} when none is left), and compiled with {@code flags}.
     */
    static WordIndex of(List<List<String>> groups, Function<List<String>, String> regex, int flags, Before before) {
        Map<Character, List<int[]>> byFirst = new HashMap<>();
        List<int[]> anywhere = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int a = 0; a < groups.get(g).size(); a++) {
                Set<Character> first = firstChars(groups.get(g).get(a));
                if (first == null) {
                    anywhere.add(new int[]{g, a});
                    continue;
                }
                Set<Character> keys = new LinkedHashSet<>();
                for (char c : first) {
                    // Pattern's case-insensitive match of c is the text's character or its fold equal to fold(c)
                    keys.add(c);
                    keys.add(fold(c));
                    keys.add(fold(fold(c)));
                }
                for (char k : keys) {
                    byFirst.computeIfAbsent(k, x -> new ArrayList<>()).add(new int[]{g, a});
                }
            }
        }
        Map<String, Pattern> compiled = new HashMap<>();
        Bucket anyOnly = anywhere.isEmpty() ? null : bucket(groups, anywhere, regex, flags, compiled);
        WordIndex index = new WordIndex(List.copyOf(groups), regex, flags, before, anyOnly);
        for (int c = 0; c < TABLE; c++) {
            index.table[c] = anyOnly;
        }
        for (Map.Entry<Character, List<int[]>> e : byFirst.entrySet()) {
            List<int[]> kept = new ArrayList<>(e.getValue());
            kept.addAll(anywhere);
            Bucket b = bucket(groups, kept, regex, flags, compiled);
            if (e.getKey() < TABLE) {
                index.table[e.getKey()] = b;
            } else {
                index.others.put(e.getKey(), b);
            }
        }
        return index;
    }

    private static Bucket bucket(List<List<String>> groups, List<int[]> kept, Function<List<String>, String> regex,
                                 int flags, Map<String, Pattern> compiled) {
        List<int[]> members = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        // in the groups' own order, so that the first alternative that matches is the whole pattern's
        for (int g = 0; g < groups.size(); g++) {
            for (int a = 0; a < groups.get(g).size(); a++) {
                for (int[] k : kept) {
                    if (k[0] == g && k[1] == a) {
                        members.add(k);
                        alternatives.add(filter(groups.get(g).get(a)));
                        break;
                    }
                }
            }
        }
        int[][] m = members.toArray(new int[0][]);
        BitSet all = new BitSet();
        all.set(0, m.length);
        Pattern p = compiled.computeIfAbsent(regex.apply(alternations(groups, m, all)), r -> Pattern.compile(r, flags));
        Map<Character, List<Integer>> bySecond = new HashMap<>();
        List<Integer> unkeyed = new ArrayList<>();
        for (int k = 0; k < alternatives.size(); k++) {
            char[][] prefixes = alternatives.get(k).prefixes();
            boolean keyed = prefixes != null;
            for (int q = 0; keyed && q < prefixes.length; q++) {
                keyed = prefixes[q].length >= 2;
            }
            if (!keyed) {
                unkeyed.add(k);
                continue;
            }
            for (char[] prefix : prefixes) {
                List<Integer> under = bySecond.computeIfAbsent(prefix[1], c -> new ArrayList<>());
                if (!under.contains(k)) {
                    under.add(k);
                }
            }
        }
        Map<Character, int[]> second = new HashMap<>();
        bySecond.forEach((c, ks) -> second.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
        return new Bucket(p, alternatives.toArray(new Alternative[0]), m, new ConcurrentHashMap<>(), second,
                unkeyed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Each group's alternation of the members chosen, or {@code (?!)} for a group without one. */
    private static List<String> alternations(List<List<String>> groups, int[][] members, BitSet chosen) {
        List<StringBuilder> out = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            out.add(new StringBuilder());
        }
        for (int k = chosen.nextSetBit(0); k >= 0; k = chosen.nextSetBit(k + 1)) {
            StringBuilder group = out.get(members[k][0]);
            group.append(group.isEmpty() ? "" : "|").append(groups.get(members[k][0]).get(members[k][1]));
        }
        return out.stream().map(b -> b.isEmpty() ? "(?!)" : b.toString()).toList();
    }

    private static Alternative filter(String alternative) {
        List<String> prefixes = literalPrefixes(alternative);
        if (prefixes != null) {
            char[][] folded = new char[prefixes.size()][];
            for (int i = 0; i < folded.length; i++) {
                folded[i] = folded(prefixes.get(i));
            }
            return new Alternative(folded, null);
        }
        String inWord = literalInWord(alternative);
        return new Alternative(null, inWord == null || inWord.isEmpty() ? null : folded(inWord));
    }

    /**
     * The match at {@code i} of {@code text} (the whole text visible to look-arounds), or null: a matcher whose
     * {@code start()} is {@code i}.
     */
    Matcher at(CharSequence text, int i) {
        if (!mayBeginAt(text, i)) {
            return null;
        }
        Bucket b = bucket(text, i);
        if (b == null) {
            return null;
        }
        BitSet fit = fitting(b, text, i);
        if (fit == null) {
            return null;
        }
        Matcher m = pattern(b, fit).matcher(text).region(i, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** Whether the pattern is found anywhere in {@code text}. */
    boolean isIn(CharSequence text) {
        return finder(text).find();
    }

    /** The matches in the whole text, one after another, as {@link Matcher#find()} gives them. */
    Finder finder(CharSequence text) {
        return new Finder(text, 0);
    }

    /**
     * The matches within {@code [from, to)}, as a {@link Matcher} with that region (opaque bounds: look-arounds see
     * nothing outside it) gives them.
     */
    Finder finder(CharSequence text, int from, int to) {
        return from == 0 && to == text.length() ? new Finder(text, 0) : new Finder(text.subSequence(from, to), from);
    }

    /**
     * Successive matches, as {@link Matcher#find()} gives them; positions are in the text given to
     * {@link #finder(CharSequence, int, int)}.
     */
    final class Finder {
        private final CharSequence text;
        private final int offset;
        private Matcher match;
        private int first = -1;
        private int last;

        private Finder(CharSequence text, int offset) {
            this.text = text;
            this.offset = offset;
        }

        boolean find() {
            int next = last;
            if (next == first) {
                next++;
            }
            for (int i = next; i <= text.length(); i++) {
                Matcher m = at(text, i);
                if (m != null) {
                    match = m;
                    first = i;
                    last = m.end();
                    return true;
                }
            }
            match = null;
            first = last = text.length() + 1;
            return false;
        }

        int start() {
            return offset + matched().start();
        }

        int end() {
            return offset + matched().end();
        }

        int start(int group) {
            int s = matched().start(group);
            return s < 0 ? s : offset + s;
        }

        int end(int group) {
            int e = matched().end(group);
            return e < 0 ? e : offset + e;
        }

        String group() {
            return matched().group();
        }

        String group(int group) {
            return matched().group(group);
        }

        String group(String name) {
            return matched().group(name);
        }

        private Matcher matched() {
            if (match == null) {
                throw new IllegalStateException("No match available");
            }
            return match;
        }
    }

    private boolean mayBeginAt(CharSequence text, int i) {
        if (before == Before.ANYTHING) {
            return true;
        }
        if (i == 0) {
            return before == Before.WORD_START;
        }
        char c = text.charAt(i - 1);
        // a surrogate may be half of a letter: the pattern decides
        if (Character.isSurrogate(c)) {
            return true;
        }
        return before == Before.WORD_START ? !Character.isLetterOrDigit(c) : Character.isLetter(c);
    }

    private Bucket bucket(CharSequence text, int i) {
        if (i >= text.length()) {
            return anyOnly;
        }
        char k = fold(text.charAt(i));
        return k < TABLE ? table[k] : others.getOrDefault(k, anyOnly);
    }

    /** The alternatives of a bucket that may match at {@code i}, or null when none may. */
    private static BitSet fitting(Bucket b, CharSequence text, int i) {
        BitSet fit = fitting(b, b.unkeyed(), text, i, null);
        if (i + 1 < text.length()) {
            char c = text.charAt(i + 1);
            char f = fold(c);
            fit = fitting(b, b.bySecond().get(f), text, i, fit);
            if (c != f) {
                fit = fitting(b, b.bySecond().get(c), text, i, fit);
            }
        }
        return fit;
    }

    /** {@code fit} with those of the alternatives {@code ks} added that may match at {@code i}. */
    private static BitSet fitting(Bucket b, int[] ks, CharSequence text, int i, BitSet fit) {
        if (ks == null) {
            return fit;
        }
        Alternative[] alternatives = b.alternatives();
        for (int k : ks) {
            Alternative a = alternatives[k];
            boolean fits = false;
            if (a.prefixes() != null) {
                for (char[] prefix : a.prefixes()) {
                    if (startsWith(text, i, prefix)) {
                        fits = true;
                        break;
                    }
                }
            } else {
                fits = a.inWord() == null || inWord(text, i, a.inWord());
            }
            if (fits) {
                if (fit == null) {
                    fit = new BitSet(alternatives.length);
                }
                fit.set(k);
            }
        }
        return fit;
    }

    /**
     * The pattern with only the alternatives that fit: the others cannot match here. Compiled once per set of them;
     * a bucket that has met too many sets runs its whole pattern.
     */
    private Pattern pattern(Bucket b, BitSet fit) {
        if (fit.cardinality() == b.alternatives().length) {
            return b.pattern();
        }
        Pattern p = b.fitting().get(fit);
        if (p == null) {
            if (b.fitting().size() >= MAX_FITTING) {
                return b.pattern();
            }
            p = Pattern.compile(regex.apply(alternations(groups, b.members(), fit)), flags);
            b.fitting().put(fit, p);
        }
        return p;
    }

    /** Whether {@code letters} begin at some position of the run of letters from {@code i}, or right after it. */
    private static boolean inWord(CharSequence text, int i, char[] letters) {
        int j = i;
        int n = text.length();
        while (true) {
            char c = j < n ? text.charAt(j) : 0;
            if ((c == letters[0] || fold(c) == letters[0]) && startsWith(text, j, letters)) {
                return true;
            }
            if (j >= text.length()) {
                return false;
            }
            int cp = Character.codePointAt(text, j);
            if (!Character.isLetter(cp)) {
                return false;
            }
            j += Character.charCount(cp);
        }
    }

    private static boolean startsWith(CharSequence text, int i, char[] folded) {
        if (i + folded.length > text.length()) {
            return false;
        }
        for (int k = 0; k < folded.length; k++) {
            char c = text.charAt(i + k);
            if (c != folded[k] && fold(c) != folded[k]) {
                return false;
            }
        }
        return true;
    }

    /** The character as case-insensitive matching compares it: lower case of upper case, as {@link Pattern} does. */
    static char fold(char c) {
        return c < TABLE ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
    }

    private static char[] folded(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return out;
    }

    /**
     * The characters a match of {@code regex} can begin with, or null when it can begin with any (a class, a
     * wildcard, a look-around) or match nothing at all.
     */
    static Set<Character> firstChars(String regex) {
        Set<Character> all = new LinkedHashSet<>();
        for (String branch : branches(regex)) {
            Set<Character> first = sequenceFirst(branch);
            if (first == null) {
                return null;
            }
            all.addAll(first);
        }
        return all;
    }

    /** The first characters of a sequence of atoms without a top-level {@code |}; null as for {@link #firstChars}. */
    private static Set<Character> sequenceFirst(String s) {
        Set<Character> out = new LinkedHashSet<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            Set<Character> first;
            int end;
            if (c == '(') {
                if (!s.startsWith("(?:", i)) {
                    return null;
                }
                int close = closing(s, i);
                if (close < 0) {
                    return null;
                }
                first = firstChars(s.substring(i + 3, close));
                end = close + 1;
            } else if (c == '\\') {
                if (i + 1 >= s.length() || Character.isLetterOrDigit(s.charAt(i + 1))) {
                    return null;
                }
                first = Set.of(s.charAt(i + 1));
                end = i + 2;
            } else if ("[].^$|)*+?{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            } else {
                first = Set.of(c);
                end = i + 1;
            }
            if (first == null) {
                return null;
            }
            out.addAll(first);
            int after = quantifierEnd(s, end);
            if (after < 0) {
                return null;
            }
            boolean optional = after > end && (s.charAt(end) == '?' || s.charAt(end) == '*'
                    || s.charAt(end) == '{' && s.charAt(end + 1) == '0');
            if (!optional) {
                return out;
            }
            i = after;
        }
        // everything may be left out: the sequence may match nothing
        return null;
    }

    /** The end of the quantifier at {@code i} (i itself when there is none), or -1 when it cannot be read. */
    private static int quantifierEnd(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        int end;
        if (c == '?' || c == '*' || c == '+') {
            end = i + 1;
        } else if (c == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                return -1;
            }
            end = close + 1;
        } else {
            return i;
        }
        // a lazy or possessive quantifier
        return end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+') ? end + 1 : end;
    }

    /** The characters every match of {@code regex} begins with, as written; empty when there are none to tell. */
    static String literalPrefix(String regex) {
        if (branches(regex).size() > 1) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            char literal;
            int end;
            if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                literal = regex.charAt(i + 1);
                end = i + 2;
            } else if ("\\[](){}.*+?^$|".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                break;
            } else {
                literal = c;
                end = i + 1;
            }
            if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0) {
                break;
            }
            out.append(literal);
            if (end < regex.length() && regex.charAt(end) == '+') {
                break;
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * The beginnings one of which every match of {@code regex} begins with, or null when there are none to tell: its
     * literal prefix, or for a group first ({@code (?:koostöö)?projekti}, {@code (?:projekti|taotluse) number}) the
     * literal prefix of each of the group's branches followed by the rest (and of the rest alone when the group may
     * be left out).
     */
    static List<String> literalPrefixes(String regex) {
        String prefix = literalPrefix(regex);
        if (!prefix.isEmpty()) {
            return List.of(prefix);
        }
        if (!regex.startsWith("(?:") || branches(regex).size() > 1) {
            return null;
        }
        int close = closing(regex, 0);
        if (close < 0) {
            return null;
        }
        boolean optional = close + 1 < regex.length() && regex.charAt(close + 1) == '?';
        String rest = regex.substring(close + (optional ? 2 : 1));
        if (!rest.isEmpty() && "?*+{".indexOf(rest.charAt(0)) >= 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String branch : branches(regex.substring(3, close))) {
            out.add(literalPrefix(branch + rest));
        }
        if (optional) {
            out.add(literalPrefix(rest));
        }
        return out.contains("") ? null : out;
    }

    /** For {@code \p{L}*kogu} (written {@code ~kogu}): the letters that must follow the word's first letters. */
    static String literalInWord(String regex) {
        if (!regex.startsWith(ANY_LETTERS) || branches(regex).size() > 1) {
            return null;
        }
        return literalPrefix(regex.substring(ANY_LETTERS.length()));
    }

    /** The top-level branches of a regular expression (split at {@code |} outside groups and classes). */
    private static List<String> branches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
