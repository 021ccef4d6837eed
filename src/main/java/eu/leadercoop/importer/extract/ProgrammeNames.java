package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of funding programmes (vocabulary key {@code programme}) in prose, in whatever case ending the
 * sentence gives them, and names each by its base form, the first of its forms in the language's list.
 *
 * <ul>
 *   <li>A name of several words inflects at its word endings ({@code Programem Rozwoju Obszarów Wiejskich},
 *       {@code Lietuvos kaimo plėtros programos}, {@code NVO fonda}): each word of five letters or more may change
 *       its last letter and a vowel before it, and take up to four letters; the name's period may stand inside
 *       it ({@code Kaimo plėtros 2014-2020 metų programa}) and quotes around a part of it.</li>
 *   <li>A name of one word also starts compounds and takes case endings ({@code Interregprogramms},
 *       {@code Leaderområden}, {@code Leaderin}, {@code LEADERit}), but not the English derivations of a common
 *       noun ({@code leaders}, {@code leadership}, {@code Interregional}).</li>
 *   <li>A short acronym ({@code PROW}, {@code MAK}, {@code PRV}) is read in capitals and as a whole word only; a longer one
 *       ({@code LEADER}, {@code EAFRD}) also as {@code Leader}, and in lower case only inside a compound
 *       ({@code leadermetoden}), so that an English "leader" is not the programme.</li>
 * </ul>
 * Names listed under {@code programme.approach} (LEADER, CLLD) and {@code programme.fund} (EAFRD, ELFLA) are of
 * those kinds; the rest are programmes.
 */
final class ProgrammeNames {

    /** What a name stands for: the programme that funds, the approach it funds, or the fund behind it. */
    enum Kind {FUND, APPROACH, PROGRAMME}

    /** One name found: its base form, its kind and where it was written. */
    record Mention(String base, Kind kind, int start, int end) {
    }

    private record Form(String base, Kind kind, Pattern pattern, String acronym, String prefix) {
        Form(String base, Kind kind, Pattern pattern, String acronym) {
            this(base, kind, pattern, acronym, base.substring(0, Math.min(3, base.length())));
        }
    }

    private static final Pattern YEARS = Pattern.compile("\\d{4}[-–]\\d{2,4}");
    private static final String SEPARATOR =
            "[\\s\\u00A0„“”\"«»]+(?:\\d{4}\\s*[-–]\\s*\\d{2,4}\\.?\\s*(?:\\p{L}{1,5}\\.?)?[\\s\\u00A0]+)?";
    private static final String VOWELS = "aeiouyąęåäöüõėųūįāēīōéěíóúůý";
    private static final Pattern NOT_A_NAME_TAIL = Pattern.compile("s|ship|ships|ional|ionally|'s");
    private static final ProgrammeNames INSTANCE = load(Vocabulary.get());

    /** forms by the lower-case first two letters of the name */
    private final Map<Integer, List<Form>> byStart;

    /** whether any name starts with a key of this hash: most word starts are let go without a map look-up */
    private final boolean[] mayStart = new boolean[0x10000];

    private ProgrammeNames(Map<Integer, List<Form>> byStart) {
        this.byStart = byStart;
        for (int key : byStart.keySet()) {
            mayStart[key & 0xFFFF] = true;
        }
    }

    static ProgrammeNames get() {
        return INSTANCE;
    }

    /** The names written in {@code text}, in order, the longest at each place. */
    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>(2);
        Matcher matcher = null;
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int key = key(text.charAt(i), text.charAt(i + 1));
            if (!mayStart[key & 0xFFFF]) {
                continue;
            }
            List<Form> forms = byStart.get(key);
            if (forms == null) {
                continue;
            }
            Mention best = null;
            for (Form f : forms) {
                // a name keeps its first three letters in every form: compare them before the pattern
                String prefix = f.prefix();
                if (!text.regionMatches(true, i, prefix, 0, prefix.length())) {
                    continue;
                }
                Matcher m = matcher == null ? (matcher = f.pattern().matcher(text)) : matcher.usePattern(f.pattern());
                m.region(i, n);
                if (m.lookingAt() && accepted(f, text, m) && (best == null || m.end() > best.end())) {
                    best = new Mention(f.base(), f.kind(), i, m.end());
                }
            }
            if (best != null) {
                Mention previous = found.isEmpty() ? null : found.get(found.size() - 1);
                String between = previous == null ? "" : text.substring(previous.end(), best.start());
                boolean bracketed = between.strip().equals("(") && best.end() < n && text.charAt(best.end()) == ')';
                if (previous != null && (between.isBlank() || bracketed) && !previous.base().equals(best.base())) {
                    // "LEADER Rural Development Programme", "Europäischer Fonds für regionale Entwicklung (EFRE)":
                    // names written together are one name
                    found.set(found.size() - 1, new Mention(previous.base() + (bracketed ? " (" + best.base() + ")" : " " + best.base()),
                            previous.kind().compareTo(best.kind()) > 0 ? previous.kind() : best.kind(),
                            previous.start(), bracketed ? best.end() + 1 : best.end()));
                } else {
                    found.add(best);
                }
                i = best.end() - 1;
            }
        }
        return found;
    }

    /** The first two letters, lower case, as one number: looked up at every word start without a string. */
    private static int key(char first, char second) {
        return Character.toLowerCase(first) << 16 | Character.toLowerCase(second);
    }

    private static boolean accepted(Form f, String text, Matcher m) {
        String written = text.substring(m.start(), m.end());
        if (f.acronym() == null) {
            String tail = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
            return !NOT_A_NAME_TAIL.matcher(tail.toLowerCase(Locale.ROOT)).matches();
        }
        String a = f.acronym();
        String head = written.substring(0, a.length());
        String tail = written.substring(a.length());
        if (a.length() < 5) {
            return head.equals(a) && tail.isEmpty();
        }
        String capitalised = a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT);
        boolean cased = head.equals(a) || head.equals(capitalised);
        return (cased || !tail.isEmpty()) && !NOT_A_NAME_TAIL.matcher(tail.toLowerCase(Locale.ROOT)).matches();
    }

    private static ProgrammeNames load(Vocabulary vocabulary) {
        Set<String> approaches = lowerSet(vocabulary, "programme.approach");
        Set<String> funds = lowerSet(vocabulary, "programme.fund");
        Map<String, Form> byRegex = new LinkedHashMap<>();
        for (String language : vocabulary.languages()) {
            List<Form> ofLanguage = new ArrayList<>();
            for (String written : vocabulary.written(language, "programme")) {
                String name = written.replace("\\+", "+");
                String regex = regex(name);
                // an inflected form listed after its base ("Programu ..." after "Program ...") is read by the base
                if (byRegex.containsKey(regex) || ofLanguage.stream().anyMatch(f -> f.pattern().matcher(name).matches())) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                Kind kind = approaches.contains(lower) ? Kind.APPROACH : funds.contains(lower) ? Kind.FUND : Kind.PROGRAMME;
                String acronym = isAcronym(name) ? name : null;
                int flags = acronym != null && acronym.length() < 5 ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                Form form = new Form(name, kind, Pattern.compile(regex, flags), acronym);
                byRegex.put(regex, form);
                ofLanguage.add(form);
            }
        }
        Map<Integer, List<Form>> byStart = new HashMap<>();
        for (Form f : byRegex.values()) {
            // inflection keeps a name's first letters, so its base's first two are the written form's
            String b = f.base();
            byStart.computeIfAbsent(key(b.charAt(0), b.length() > 1 ? b.charAt(1) : ' '), k -> new ArrayList<>()).add(f);
        }
        return new ProgrammeNames(byStart);
    }

    private static Set<String> lowerSet(Vocabulary vocabulary, String key) {
        Set<String> out = new HashSet<>();
        for (String language : vocabulary.languages()) {
            for (String w : vocabulary.written(language, key)) {
                out.add(w.replace("\\+", "+").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Two or more letters, all capitals: PROW, LEADER, EAFRD. */
    static boolean isAcronym(String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The pattern of a name as prose inflects it (see the class comment). */
    static String regex(String name) {
        String[] words = name.trim().split("\\s+");
        if (isAcronym(name)) {
            return name.length() < 5 ? Pattern.quote(name) + "(?![\\p{L}\\p{N}])" : Pattern.quote(name) + "\\p{L}*";
        }
        if (words.length == 1) {
            return Pattern.quote(name) + "(\\p{L}*)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                // quotes around a part ("Programu Operacyjnego „Rybactwo i Morze”"), the period within a name
                // ("Kaimo plėtros 2014–2020 metų programos")
                out.append(YEARS.matcher(words[i]).matches() ? "[\\s\\u00A0]+" : SEPARATOR);
            }
            out.append(YEARS.matcher(words[i]).matches() ? "\\d{4}\\s*[-–]\\s*\\d{2,4}" : stem(words[i]));
        }
        return out.append("(?![\\p{L}\\p{N}])").toString();
    }


    private static String stem(String word) {
        boolean letters = word.chars().allMatch(Character::isLetter);
        if (!letters || word.length() < 5 || isAcronym(word)) {
            return Pattern.quote(word);
        }
        // the ending: the last letter and the vowels before it ("fonds" / "fonda", "programma" / "programmas")
        int end = word.length() - 1;
        while (end > word.length() - 2 && VOWELS.indexOf(Character.toLowerCase(word.charAt(end - 1))) >= 0) {
            end--;
        }
        return Pattern.quote(word.substring(0, end)) + "\\p{L}{0,4}";
    }
}
