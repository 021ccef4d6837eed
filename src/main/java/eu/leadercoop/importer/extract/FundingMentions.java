package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the programme and the measure of a project from what its page says in prose and in lines of their own
 * ({@code Projekti rahastatakse ... LEADER projektitoetusega}, {@code współfinansowany ... w ramach poddziałania 19.3
 * ... objętego Programem Rozwoju Obszarów Wiejskich}, a project card's line {@code Landsbygdsfonden}).
 *
 * <p>Each mention weighs by where it stands: a line that is the name alone, a funding label's value or the label
 * of a sum ({@code Landsbygdsprogrammet 2014 – 2020: 18 059 kr.}) weighs most,
 * then a sentence that says where money comes from ({@code funding.source} words), then any sentence; a sentence of
 * a LAG's notice about its own running costs ({@code funding.running}, measure 19.4) weighs least, so that the
 * site's footer names the programme only where the page names none. In one sentence the programme that funds
 * comes before the approach it funds and the fund behind it ({@code Programu rozvoje venkova Osy IV. Leader},
 * {@code LEADER ... (Euroopan maaseudun kehittämisrahasto)}): it takes the sentence's weight, the others a
 * mention's least. The name stated most strongly wins; of names stated as strongly, the programme before the
 * approach and the fund (a page that says "Interreg programme" and "CLLD region" is funded by Interreg), then the
 * name of most weight over the page, then the first.
 */
final class FundingMentions {

    /** The programme (base form) or measure code chosen, where it was read, and how strongly it was stated. */
    record Found(String value, int start, int end, int weight) {
    }

    /**
     * The page's programme and measure, and the approach its sentence names as the programme's measure
     * ({@code w ramach działania „Wsparcie ... w ramach inicjatywy LEADER” Programu Rozwoju Obszarów Wiejskich},
     * {@code Eesti maaelu arengukava 2007 - 2013 Leader-meetmest}); any may be null.
     */
    record Result(Found programme, Found measure, String approach) {
    }

    static final int LABELLED = 10;
    static final int FUNDING_SENTENCE = 6;
    private static final int SENTENCE = 2;
    private static final int RUNNING_COSTS = 1;

    private static final Vocabulary WORDS = Vocabulary.get();
    private static final WordIndex SOURCE = WORDS.index("funding.source");
    private static final WordIndex RUNNING = WORDS.index("funding.running");
    private static final WordIndex LABEL = WordIndex.of(List.of(Stream.concat(WORDS.regexes("label.funding").stream(),
                    WORDS.regexes("funding.source").stream()).toList()), labels -> "^(?:" + labels.get(0) + ")\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.ANYTHING);
    /** Measure 19.4 is the LEADER running costs and animation of a LAG, never a project's own measure. */
    private static final Pattern RUNNING_MEASURE = Pattern.compile("(?<![\\d.])19\\.4(?![\\d])");
    /** What may stand beside a name on a line of its own: years, dashes, brackets. */
    private static final Pattern ONLY_PERIOD = Pattern.compile("[\\s\\d.,:;()\\[\\]/–—-]*");
    private static final Pattern SUM_AFTER = Pattern.compile("[\\s\\d()–—-]*:\\s*\\d.*");
    /** A measure code: {@code 19.3}, {@code 421}, {@code M19.3}; not a date ({@code 12.03.2024}). */
    private static final Pattern CODE = Pattern.compile(
            "(?<m>M)?(?<code>\\d{1,3}(?:\\.\\d{1,2}){0,2})(?![\\d]|[.,]\\d)");
    /** The measure word written before a code: {@code poddziałania 19.3}, {@code meede 1.2}, {@code measure 421}. */
    private static final Pattern MEASURE_WORD = Pattern.compile("(?:" + WORDS.alternation("measure") + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_SIGN = Pattern.compile("nr\\.?|no\\.?", Pattern.CASE_INSENSITIVE);

    /** A measure code found in a line. */
    private record Code(String code, int start, int end) {
    }

    private FundingMentions() {
    }

    static Result read(SourceText src) {
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Found> firstOf = new HashMap<>();
        Map<String, ProgrammeNames.Kind> kinds = new HashMap<>();
        Map<String, Integer> strongest = new HashMap<>();
        Map<String, String> approachOf = new HashMap<>();
        Found measure = null;
        for (Line line : src.lines()) {
            if (line.isBlank()) {
                continue;
            }
            List<ProgrammeNames.Mention> names = ProgrammeNames.get().find(line.text());
            boolean digits = Text.hasDigit(line.text());
            if (names.isEmpty() && !digits) {
                continue;
            }
            if (names.size() == 1 && (alone(line.text(), names.get(0)) || givesSum(line.text(), names.get(0)))) {
                add(names.get(0), LABELLED, line, weights, strongest, firstOf, kinds);
                continue;
            }
            List<Code> codes = digits ? codes(line.text()) : List.of();
            if (names.isEmpty() && codes.isEmpty()) {
                continue;
            }
            boolean labelled = LABEL.at(line.text(), 0) != null;
            for (Sentences.Sentence s : Sentences.split(line.text())) {
                List<ProgrammeNames.Mention> in = names.stream()
                        .filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
                // the most specific code of the sentence: "działania 19 ..., poddziałanie 19.3"
                Code code = null;
                for (Code c : codes) {
                    if (c.start() >= s.start() && c.end() <= s.end() && (code == null || c.code().length() > code.code().length())) {
                        code = c;
                    }
                }
                if (in.isEmpty() && code == null) {
                    continue;
                }
                int weight = weight(s.text(), labelled);
                ProgrammeNames.Mention lead = null;
                for (ProgrammeNames.Mention m : in) {
                    if (lead == null || m.kind().ordinal() > lead.kind().ordinal()) {
                        lead = m;
                    }
                }
                for (ProgrammeNames.Mention m : in) {
                    add(m, m == lead ? weight : RUNNING_COSTS, line, weights, strongest, firstOf, kinds);
                }
                if (lead != null && lead.kind() == ProgrammeNames.Kind.PROGRAMME
                        && weight >= strongest.get(lead.base()) && !approachOf.containsKey(lead.base())) {
                    String programme = lead.base();
                    in.stream().filter(m -> m.kind() == ProgrammeNames.Kind.APPROACH).findFirst()
                            .ifPresent(m -> approachOf.put(programme, m.base()));
                }
                if (code != null && (measure == null || weight > measure.weight())) {
                    measure = new Found(code.code(), line.start() + code.start(), line.start() + code.end(), weight);
                }
            }
        }
        Found programme = null;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            Found f = firstOf.get(e.getKey());
            Found candidate = new Found(f.value(), f.start(), f.end(), e.getValue());
            if (programme == null || better(candidate, programme, strongest, kinds)) {
                programme = candidate;
            }
        }
        return new Result(programme, measure, programme == null ? null : approachOf.get(programme.value()));
    }

    private static boolean better(Found a, Found b, Map<String, Integer> strongest, Map<String, ProgrammeNames.Kind> kinds) {
        int sa = strongest.get(a.value());
        int sb = strongest.get(b.value());
        if (sa != sb) {
            return sa > sb;
        }
        int ka = kinds.get(a.value()).ordinal();
        int kb = kinds.get(b.value()).ordinal();
        if (ka != kb) {
            return ka > kb;
        }
        return a.weight() != b.weight() ? a.weight() > b.weight() : a.start() < b.start();
    }

    private static int weight(String sentence, boolean labelled) {
        if (RUNNING.isIn(sentence) || RUNNING_MEASURE.matcher(sentence).find()) {
            return RUNNING_COSTS;
        }
        if (labelled) {
            return LABELLED;
        }
        return SOURCE.isIn(sentence) ? FUNDING_SENTENCE : SENTENCE;
    }

    private static void add(ProgrammeNames.Mention m, int weight, Line line, Map<String, Integer> weights,
                            Map<String, Integer> strongest, Map<String, Found> firstOf,
                            Map<String, ProgrammeNames.Kind> kinds) {
        weights.merge(m.base(), weight, Integer::sum);
        strongest.merge(m.base(), weight, Math::max);
        firstOf.putIfAbsent(m.base(), new Found(m.base(), line.start() + m.start(), line.start() + m.end(), weight));
        kinds.putIfAbsent(m.base(), m.kind());
    }

    /** Measure codes of a line: a number after a measure word, or an M-code such as {@code M19.3}. */
    private static List<Code> codes(String text) {
        List<Code> out = new ArrayList<>(1);
        Matcher c = CODE.matcher(text);
        int n = text.length();
        // a code starts at a digit (or the M before it) that follows no letter, digit or mark: try it there only
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean start = ch >= '0' && ch <= '9' || ch == 'M' && i + 1 < n && Character.isDigit(text.charAt(i + 1));
            if (!start || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || ".,".indexOf(text.charAt(i - 1)) >= 0)) {
                continue;
            }
            if (c.region(i, n).lookingAt()) {
                String code = c.group("code");
                if (c.group("m") != null ? code.indexOf('.') > 0 : measureWordBefore(text, i)) {
                    out.add(new Code(code, i, c.end()));
                }
                i = c.end() - 1;
            }
        }
        return out;
    }

    /** The word before {@code at}, past spaces, quotes and a number sign, is a measure word. */
    private static boolean measureWordBefore(String text, int at) {
        int end = skipBack(text, at);
        int start = wordStart(text, end);
        if (start < end && NUMBER_SIGN.matcher(text).region(start, end).matches()) {
            end = skipBack(text, start);
            start = wordStart(text, end);
        }
        return start < end && MEASURE_WORD.matcher(text).region(start, end).matches();
    }

    private static int skipBack(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || "„\"“.".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The line is the name, with at most its years: a project card's programme field. */
    private static boolean alone(String text, ProgrammeNames.Mention m) {
        return ONLY_PERIOD.matcher(text.substring(0, m.start())).matches()
                && ONLY_PERIOD.matcher(text.substring(m.end())).matches();
    }

    /** The name is the label of a sum: {@code Landsbygdsprogrammet 2014 – 2020: 18 059 kr.} */
    private static boolean givesSum(String text, ProgrammeNames.Mention m) {
        return ONLY_PERIOD.matcher(text.substring(0, m.start())).matches()
                && SUM_AFTER.matcher(text.substring(m.end())).matches();
    }

}
