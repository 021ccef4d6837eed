package eu.leadercoop.importer.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's sums of money from prose and from label lines in every language, by the money words of the
 * vocabulary ({@code money.total}, {@code money.grant}, {@code money.own}): {@code Der Projektträger, dem ein
 * Zuschuss von ca. 5.750 € in Aussicht steht}, {@code Kokonaiskustannusarvio on 69 900 €}, {@code Projekta kopējais
 * budžets – 93 808,56 EUR}, {@code Total project costs £60,416.91 with a LEADER contribution of £30,208.45}.
 *
 * <ul>
 *   <li>A sum is what the last money word before it says, after the previous sum of its sentence; with none before
 *       it, the first word after it ({@code £6,500 towards total project of £6,500}).</li>
 *   <li>A sum on a line of its own is what the line above it says ({@code Projektstöd från EU och staten:} /
 *       {@code 167 500 SEK}).</li>
 *   <li>After a money word, a number without a currency is money too where it is written as money: grouped in
 *       thousands, with cents, or of four digits or more that is no year ({@code Toetuse summa: 45992},
 *       {@code eelarve on aastatel 2020-2022 kokku 184 596,00}); it takes the currency of the page's other sums.</li>
 *   <li>A partner's share ({@code money.partner}) is not the project's cost, nor is a prize, a voucher, a ticket or
 *       a fee ({@code money.not}); a percentage is no sum.</li>
 * </ul>
 */
final class MoneyMentions {

    /** A sum of money, what it is, and whether its words say it replaces an earlier figure. */
    record Read(BudgetReader.Figure figure, Amount amount, int lineStart, boolean revised) {
    }

    private enum Word {OWN, GRANT, TOTAL, PARTNER, NOT}

    private static final Vocabulary WORDS = Vocabulary.get();
    private static final String[] KEYS = {"money.not", "money.partner", "money.own", "money.grant", "money.total"};
    private static final String[] GROUPS = {"not", "partner", "own", "grant", "total"};
    /**
     * The money words as whole words, and those written as the end of a compound ({@code ~stöd}: leaderstöd,
     * {@code ~kosten}: Gesamtkosten) after any letters; each part is tried only where a word's letter can start one.
     */
    private static final WordIndex MONEY_WORDS = moneyWords();
    private static final WordIndex REVISED = WORDS.index("money.revised");
    /** A number written as money: grouped in thousands, with cents, or four digits and more. */
    private static final Pattern BARE = Pattern.compile(
            "(?<int>\\d{1,3}(?<sep>[ \u00A0\u202F.'’])\\d{3}(?:\\k<sep>\\d{3}){0,3}|\\d{4,9})"
                    + "(?:,(?<dec>\\d{2}))?(?![\\d]|[.,]\\d|\\.\\p{L}|\\s?%|[-–/]\\d)");

    private MoneyMentions() {
    }

    /**
     * One named group per key, each key's words of every language the longest first (so that "toetuse summa" is one
     * grant word, not "summa"): whole words, then the compound ends written with a leading {@code ~} after any letters.
     */
    private static WordIndex moneyWords() {
        List<List<String>> groups = new ArrayList<>();
        for (boolean compoundEnds : new boolean[]{false, true}) {
            for (String key : KEYS) {
                groups.add(words(key, compoundEnds));
            }
        }
        String wholeFirsts = firsts(groups.subList(0, KEYS.length));
        String compoundFirsts = firsts(groups.subList(KEYS.length, groups.size()));
        return WordIndex.of(groups, g -> "(?:(?<![\\p{L}\\p{N}])" + wordGroups(wholeFirsts, g.subList(0, KEYS.length), "")
                        + "|(?<=\\p{L})" + wordGroups(compoundFirsts, g.subList(KEYS.length, g.size()), "2") + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.ANYTHING);
    }

    /** A key's whole words, or its compound ends without their leading letters, the longest first. */
    private static List<String> words(String key, boolean compoundEnds) {
        String letters = "\\p{L}*";
        List<String> all = new ArrayList<>();
        for (String regex : WORDS.regexes(key)) {
            boolean compound = regex.startsWith(letters);
            if (compound == compoundEnds) {
                all.add(compound ? regex.substring(letters.length()) : regex);
            }
        }
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return all;
    }

    /** The letters, in both cases, that the words begin with (those that begin with a letter). */
    private static String firsts(List<List<String>> groups) {
        StringBuilder firsts = new StringBuilder();
        for (List<String> group : groups) {
            for (String regex : group) {
                char c = regex.charAt(0);
                firsts.append(Character.isLetter(c) ? "" + Character.toLowerCase(c) + Character.toUpperCase(c) : "");
            }
        }
        return firsts.toString();
    }

    private static String wordGroups(String firsts, List<String> alternations, String suffix) {
        StringBuilder out = new StringBuilder("(?:");
        for (int k = 0; k < KEYS.length; k++) {
            out.append(k == 0 ? "" : "|").append("(?<").append(GROUPS[k]).append(suffix).append(">")
                    .append(alternations.get(k)).append(")");
        }
        return "(?=[" + firsts + "])" + out.append(")");
    }

    private static boolean group(WordIndex.Finder m, String name) {
        return m.group(name) != null || m.group(name + "2") != null;
    }

    /** The sums of the page, in order, with what each is; lines of the skipped sections are left out. */
    static List<Read> read(SourceText src, Set<Integer> skippedLines) {
        List<Read> out = new ArrayList<>();
        String pageCurrency = null;
        Line above = null;
        for (Line line : src.lines()) {
            if (line.isBlank() || skippedLines.contains(line.index())) {
                continue;
            }
            List<Amount> amounts = AmountParser.findAll(line.text());
            if (pageCurrency == null && !amounts.isEmpty()) {
                pageCurrency = amounts.get(0).currency();
            }
            if (amounts.isEmpty() && Text.hasDigit(line.text())) {
                amounts = bare(line.text(), pageCurrency);
            }
            if (!amounts.isEmpty()) {
                place(line, amounts, above, out);
            }
            above = line;
        }
        // sums read without a currency before the page's first currency take it
        if (pageCurrency != null) {
            for (int i = 0; i < out.size(); i++) {
                Read r = out.get(i);
                if (r.amount().currency() == null) {
                    Amount a = r.amount();
                    out.set(i, new Read(r.figure(), new Amount(a.value(), pageCurrency, a.start(), a.end(), a.asWritten()),
                            r.lineStart(), r.revised()));
                }
            }
        }
        return out;
    }

    private static void place(Line line, List<Amount> amounts, Line above, List<Read> out) {
        String text = line.text();
        boolean alone = amounts.size() == 1 && onlyAmount(text, amounts.get(0));
        int segmentStart = 0;
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            int segmentEnd = i + 1 < amounts.size() ? amounts.get(i + 1).start() : text.length();
            Word word;
            if (alone) {
                word = above == null ? null : lastWord(above.text(), 0, above.text().length());
            } else if (i > 0 && converted(text, amounts.get(i - 1), a)) {
                // "496 400 Zviedrijas kronas (46900 EUR)": the same sum in another currency
                word = null;
            } else if (excluded(text, a.start())) {
                // "Partnerid eelarve on 22 233,00, toetus 20 009,70": the partner's sentence is all the partner's
                word = null;
            } else {
                word = lastWord(text, segmentStart, a.start());
                if (word == null && namesFunder(text, segmentStart, a.start())) {
                    // "Landsbygdsprogrammet 2014 – 2020: 18 059 kr.": what a programme gives is the grant
                    word = Word.GRANT;
                }
                if (word == null) {
                    word = firstWord(text, a.end(), sentenceEnd(text, a.end(), segmentEnd));
                }
            }
            Read r = read(word, a, line.start(), revised(text, segmentStart, a.start()));
            if (r != null) {
                out.add(r);
            }
            segmentStart = a.end();
        }
    }

    /** Numbers written as money after a money word in the same line, or the line's only number below a label. */
    private static List<Amount> bare(String text, String currency) {
        List<Amount> found = new ArrayList<>(1);
        Matcher m = BARE.matcher(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            // a number starts at a digit after no letter, digit, mark or file-name character: try it there only
            if (ch < '0' || ch > '9' || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1))
                    || "_.,/-".indexOf(text.charAt(i - 1)) >= 0)) {
                continue;
            }
            if (!m.region(i, n).lookingAt()) {
                continue;
            }
            i = m.end() - 1;
            String digits = m.group("int");
            String sep = m.group("sep");
            if (sep == null && m.group("dec") == null && isYear(digits)) {
                continue;
            }
            // the money word must come before the number in the line (or, for a number alone, on the line above)
            boolean wordBefore = lastWord(text, 0, m.start()) != null;
            if (!wordBefore && !onlyNumber(text, m)) {
                continue;
            }
            String plain = sep == null ? digits : digits.replace(sep, "");
            BigDecimal value = new BigDecimal(m.group("dec") == null ? plain : plain + "." + m.group("dec"));
            found.add(new Amount(value.setScale(2, RoundingMode.HALF_UP), currency, m.start(), m.end(), m.group()));
        }
        return found;
    }

    private static Read read(Word word, Amount a, int lineStart, boolean revised) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case OWN -> new Read(BudgetReader.Figure.OWN, a, lineStart, revised);
            case GRANT -> new Read(BudgetReader.Figure.GRANT, a, lineStart, revised);
            case TOTAL -> new Read(BudgetReader.Figure.COST, a, lineStart, revised);
            case PARTNER, NOT -> null;
        };
    }

    private static boolean converted(String text, Amount previous, Amount a) {
        String between = text.substring(previous.end(), a.start()).strip();
        return between.equals("(") && a.end() < text.length() && text.charAt(a.end()) == ')';
    }

    private static boolean namesFunder(String text, int from, int to) {
        for (ProgrammeNames.Mention m : ProgrammeNames.get().find(text.substring(from, to))) {
            if (m.kind() != ProgrammeNames.Kind.APPROACH) {
                return true;
            }
        }
        return false;
    }

    private static boolean revised(String text, int from, int to) {
        return REVISED.finder(text, from, to).find();
    }

    /** The last money word in [from, to), or null; a partner's or a prize's word anywhere there wins. */
    private static Word lastWord(String text, int from, int to) {
        WordIndex.Finder m = MONEY_WORDS.finder(text, from, to);
        Word last = null;
        while (m.find()) {
            Word w = word(m);
            if (w == Word.PARTNER || w == Word.NOT) {
                return w;
            }
            last = w;
        }
        return last;
    }

    /** A partner's share or a prize is named earlier in the sentence of the sum at {@code at}. */
    private static boolean excluded(String text, int at) {
        int start = 0;
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && text.charAt(i) == ' ') {
                start = i;
                break;
            }
        }
        WordIndex.Finder m = MONEY_WORDS.finder(text, start, at);
        while (m.find()) {
            if (group(m, "not") || group(m, "partner")) {
                return true;
            }
        }
        return false;
    }

    private static Word firstWord(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        WordIndex.Finder m = MONEY_WORDS.finder(text, from, to);
        return m.find() ? word(m) : null;
    }

    private static Word word(WordIndex.Finder m) {
        if (group(m, "not")) {
            return Word.NOT;
        }
        if (group(m, "partner")) {
            return Word.PARTNER;
        }
        if (group(m, "own")) {
            return Word.OWN;
        }
        return group(m, "grant") ? Word.GRANT : Word.TOTAL;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return limit;
    }

    private static boolean onlyAmount(String text, Amount a) {
        return text.substring(0, a.start()).isBlank() && text.substring(a.end()).strip().replaceAll("[.,;:]", "").isEmpty();
    }

    private static boolean onlyNumber(String text, Matcher m) {
        return text.substring(0, m.start()).isBlank() && text.substring(m.end()).isBlank();
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2099;
    }


    /**
     * The budget of the labelled sections, with what they leave empty filled from the sums read here. The total is
     * the cost where a grant or own contribution is stated beside it, else all partners' budget (as
     * {@link BudgetReader} places a project's budget); a sum already placed there is not read twice.
     */
    static BudgetReader.Result fill(BudgetReader.Result labelled, SourceText src, List<Section> sections,
                                    String language) {
        List<Read> reads = read(src, skipped(sections));
        var b = labelled.budget();
        Set<Integer> placedAt = new HashSet<>();
        for (BudgetReader.Placed p : labelled.placed()) {
            placedAt.add(p.lineStart() + p.amount().start());
        }
        boolean hasTotal = b.partnersTotal() != null || b.cost() != null;
        boolean hasGrant = b.grant() != null;
        boolean hasOwn = labelled.placed().stream().anyMatch(p -> p.figure() == BudgetReader.Figure.OWN);
        Read total = null;
        Read revisedTotal = null;
        Read grant = null;
        Read own = null;
        for (Read r : reads) {
            if (r.figure() == BudgetReader.Figure.COST && r.revised()) {
                // "kogueelarve peale Kodukant Läänemaa liitumist on 149 706,80 €": the later figure
                revisedTotal = r;
            }
            if (placedAt.contains(r.lineStart() + r.amount().start())) {
                continue;
            }
            switch (r.figure()) {
                case COST -> total = total == null && !hasTotal ? r : total;
                case GRANT -> grant = grant == null && !hasGrant ? r : grant;
                case OWN -> own = own == null && !hasOwn ? r : own;
                default -> {
                }
            }
        }
        if (total == null && grant == null && own == null && revisedTotal == null && !krona(labelled.placed(), language)) {
            return labelled;
        }
        List<BudgetReader.Placed> placed = new ArrayList<>(labelled.placed());
        boolean parts = hasGrant || hasOwn || grant != null || own != null;
        BudgetReader.Figure totalFigure = b.cost() != null || b.partnersTotal() == null && parts
                ? BudgetReader.Figure.COST : BudgetReader.Figure.PARTNERS_TOTAL;
        if (revisedTotal != null) {
            Read r = revisedTotal;
            placed.removeIf(p -> p.lineStart() == r.lineStart() && p.amount().start() == r.amount().start());
            placed.addFirst(new BudgetReader.Placed(totalFigure, r.amount(), r.lineStart()));
        } else if (total != null) {
            placed.add(new BudgetReader.Placed(totalFigure, total.amount(), total.lineStart()));
        }
        if (grant != null) {
            placed.add(new BudgetReader.Placed(BudgetReader.Figure.GRANT, grant.amount(), grant.lineStart()));
        }
        if (own != null) {
            placed.add(new BudgetReader.Placed(BudgetReader.Figure.OWN, own.amount(), own.lineStart()));
        }
        return BudgetWarnings.summarise(inKronor(placed, language));
    }

    /** "kr" is the Swedish krona but on an Estonian page, where it was the kroon (EEK) until 2011. */
    private static boolean krona(List<BudgetReader.Placed> placed, String language) {
        return !"et".equals(language) && placed.stream().anyMatch(p -> writtenKr(p.amount()));
    }

    private static boolean writtenKr(Amount a) {
        String w = a.asWritten().toLowerCase(java.util.Locale.ROOT);
        return "EEK".equals(a.currency()) && !w.contains("eek") && !w.contains("kroon");
    }

    private static List<BudgetReader.Placed> inKronor(List<BudgetReader.Placed> placed, String language) {
        if ("et".equals(language)) {
            return placed;
        }
        List<BudgetReader.Placed> out = new ArrayList<>(placed.size());
        for (BudgetReader.Placed p : placed) {
            Amount a = p.amount();
            out.add(writtenKr(a) ? new BudgetReader.Placed(p.figure(),
                    new Amount(a.value(), "SEK", a.start(), a.end(), a.asWritten()), p.lineStart()) : p);
        }
        return out;
    }

    /** Line indexes of the sections whose sums are no budget: news and events. */
    static Set<Integer> skipped(List<Section> sections) {
        Set<Integer> out = new HashSet<>();
        for (Section s : sections) {
            if (s.kind() == SectionKind.MEDIA || s.kind() == SectionKind.EVENTS) {
                for (Line l : s.body()) {
                    out.add(l.index());
                }
            }
        }
        return out;
    }
}
