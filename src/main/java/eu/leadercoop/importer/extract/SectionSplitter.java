package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a page into sections at its headings. A heading is a line that starts with a label from
 * {@link LabelVocabulary}, in one of three shapes:
 * <ul>
 *   <li>{@code Label: value} (any case, the label may follow glued junk such as an image's alt text);</li>
 *   <li>a short line that is only a label ({@code Projekti tulemused}, {@code ÜHISTEGEVUSED}); a partner's own
 *       activities may name the partner before or after the label ({@code MTÜ Saarte Koostöökogu lisategevused},
 *       {@code Działania własne partnera X}, {@code Additional activities of X});</li>
 *   <li>a label phrase without colon followed by its value ({@code Periood jaanuar 2024 – juuni 2025},
 *       {@code Toetus 29 700 €}, {@code Taotleja ja partnerid Taotleja SA …}): the value must begin as values do,
 *       with a capital, a digit or a quote (any text after a period, budget, reference or website label).</li>
 * </ul>
 * A sentence that merely begins with a label word ({@code Projekti eesmärk on ...}) is not a heading, nor is a
 * name with a label word inside it ({@code Lokalna Grupa Działania Ziemi Kraśnickiej}).
 */
final class SectionSplitter {

    private static final int MAX_LABEL_LENGTH = 80;
    private static final int MAX_LABEL_WORDS = 9;
    private static final int MAX_HEADING_LENGTH = 70;
    private static final int MAX_HEADING_WORDS = 7;
    private static final int MAX_PARTNER_HEADING_LENGTH = 100;
    private static final int MAX_PARTNER_HEADING_WORDS = 14;
    /** Words between the names of a partner list that are no part of a name's capitals. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("ja", "ning", "i", "oraz", "and", "&", "või", "lub", "or",
            "partner", "partnerid", "juhtpartner", "lider", "taotleja", "wnioskodawca", "lead", "applicant", "mtü",
            "mittetulundusühing", "sa", "sihtasutus", "stowarzyszenie", "fundacja", "oü", "as", "ry");
    private static final List<String> JOINERS = List.of("ja", "ning", "i", "oraz", "and", "&", "või", "lub", "or");
    /** The words between "additional activities" and the partner named after it. */
    private static final Pattern PARTNER_AFTER = Pattern.compile(
            "^[\\s:–-]*(?:(?:of|by) (?:the )?(?:partner |organisation )?|partneri |partnerile |dla )?", Pattern.CASE_INSENSITIVE);

    private SectionSplitter() {
    }

    static List<Section> split(SourceText source, DatedLines dated) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section(SectionKind.PREAMBLE, List.of(), null, "", "", 0, new ArrayList<>());
        for (Line line : source.lines()) {
            Section heading = dated.startsWithDate(line) ? null : heading(line);
            if (heading != null) {
                sections.add(current);
                current = heading;
            } else {
                current.body().add(line);
            }
        }
        sections.add(current);
        return sections;
    }

    /** The section this line opens, or null when it is not a heading. */
    static Section heading(Line line) {
        if (line.isBlank()) {
            return null;
        }
        String text = line.text();
        int markerEnd = ListMarker.end(text);
        if (markerEnd > 0) {
            return numberedHeading(line, markerEnd);
        }
        int colon = labelColon(text);
        if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
            String segment = text.substring(0, colon);
            if (Text.countWords(segment) <= MAX_LABEL_WORDS) {
                List<LabelVocabulary.LabelMatch> labels = LabelVocabulary.find(segment, line.lower().substring(0, colon));
                LabelVocabulary.LabelMatch main = LabelVocabulary.main(labels);
                if (main != null) {
                    int valueFrom = skipSpaces(text, colon + 1);
                    return section(line, labels, main, text.substring(0, main.start()), colon, valueFrom);
                }
            }
        }
        // no colon: a heading alone on its line, or a label with its value after it
        boolean short_ = text.length() <= MAX_PARTNER_HEADING_LENGTH;
        if (!short_ && LabelVocabulary.atStart(line.lower()) == null && !gluedWithin(text, MAX_LABEL_LENGTH / 2)) {
            // a long line can only be "Label value", with the label first: most are prose, and cost one try
            return null;
        }
        int cut = short_ ? text.length() : wordEnd(text, MAX_LABEL_LENGTH);
        List<LabelVocabulary.LabelMatch> labels = LabelVocabulary.find(text.substring(0, cut), line.lower().substring(0, cut));
        LabelVocabulary.LabelMatch main = LabelVocabulary.main(labels);
        if (main == null) {
            return null;
        }
        if (short_ && isBareHeading(text, main)) {
            return section(line, labels, main, text.substring(0, main.start()), text.length(), text.length());
        }
        return labelBeforeValue(line, labels, main);
    }

    /**
     * {@code Periood jaanuar 2024 – juuni 2025}, {@code Koostööprojekti partnerid MTÜ …}, {@code Taotleja ja partnerid
     * Taotleja SA …}: a label phrase that starts the line (or follows glued junk such as an image's alt text),
     * then the value, which must look like one: a capital, a digit or a quote, as values begin; a sentence that
     * merely starts with a label word goes on in lower case ({@code Projekti eesmärk on …}).
     */
    private static Section labelBeforeValue(Line line, List<LabelVocabulary.LabelMatch> labels,
                                            LabelVocabulary.LabelMatch main) {
        String text = line.text();
        boolean gluedJunk = main.start() > 0 && Character.isLowerCase(text.charAt(main.start() - 1));
        if (main.start() > 0 && !gluedJunk) {
            return null;
        }
        boolean checkable = main.kind() == SectionKind.PERIOD || main.kind() == SectionKind.REFERENCE
                || main.kind() == SectionKind.BUDGET || main.kind() == SectionKind.WEBSITE;
        int end = phraseEnd(text, labels, main);
        int valueFrom = skipSpaces(text, end);
        // in upper case every word looks like a value: only checkable values, and partners by their legal form
        boolean names = main.kind().isPartnerList() && PartnerListParser.startsWithLegalForm(text.substring(valueFrom));
        if (!checkable && !names && isAllUpperCase(text)) {
            return null;
        }
        if (valueFrom >= text.length() || valueFrom == end || !looksLikeValue(main.kind(), text, valueFrom)) {
            return null;
        }
        List<LabelVocabulary.LabelMatch> phrase = labels.stream().filter(m -> m.end() <= end).toList();
        return section(line, phrase, main, text.substring(0, main.start()), main.end(), valueFrom);
    }

    /**
     * Where the label phrase ends: labels joined by commas and "and" words ({@code Rahastaja, toetusprogramm ja
     * meede}), and a bracketed remark after them ({@code Maksumus (sh toetus ja omaosalus)}).
     */
    private static int phraseEnd(String text, List<LabelVocabulary.LabelMatch> labels, LabelVocabulary.LabelMatch main) {
        int end = main.end();
        for (int k = labels.indexOf(main) + 1; k < labels.size(); k++) {
            int next = skipJoiner(text, end);
            // only a comma or a joining word makes the next label part of the phrase: "Oodatav tulemus Projekti
            // tulemusel suureneb …" has the value after the first
            boolean joined = next > end && text.substring(end, next).strip().length() > 0;
            if (!joined || labels.get(k).start() != next) {
                break;
            }
            end = labels.get(k).end();
        }
        int open = end;
        while (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
        return close > 0 && close - open <= 60 ? close + 1 : end;
    }

    private static int skipJoiner(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '/')) {
            i++;
        }
        for (String joiner : JOINERS) {
            if (text.startsWith(joiner, i) && i + joiner.length() < text.length()
                    && text.charAt(i + joiner.length()) == ' ') {
                i += joiner.length() + 1;
                break;
            }
        }
        return i;
    }

    /** Whether a word boundary glued by case ("logodProjekti") is within the first {@code limit} characters. */
    private static boolean gluedWithin(String text, int limit) {
        for (int i = 1; i < Math.min(limit, text.length()); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the last word that ends by {@code limit}. */
    private static int wordEnd(String text, int limit) {
        int space = text.lastIndexOf(' ', Math.min(limit, text.length() - 1));
        return space <= 0 ? Math.min(limit, text.length()) : space;
    }

    /** {@code 2. Tegevused} or {@code II. EESMÄRGID:}: a numbered heading, short, nothing after the label. */
    private static Section numberedHeading(Line line, int markerEnd) {
        String rest = line.text().substring(markerEnd);
        String stripped = stripEnd(rest);
        if (Text.countWords(stripped) > 4 || stripped.length() > 50 || (rest.endsWith(".") && !rest.endsWith(":"))) {
            return null;
        }
        List<LabelVocabulary.LabelMatch> labels = LabelVocabulary.find(rest, line.lower().substring(markerEnd));
        LabelVocabulary.LabelMatch main = LabelVocabulary.main(labels);
        if (main == null || main.start() > 0 || main.end() < stripped.length()) {
            return null;
        }
        List<LabelVocabulary.LabelMatch> shifted = labels.stream()
                .map(m -> new LabelVocabulary.LabelMatch(m.kind(), m.start() + markerEnd, m.end() + markerEnd, m.weak()))
                .toList();
        return new Section(main.kind(), shifted, line, "", "", line.end(), new ArrayList<>());
    }

    private static boolean isBareHeading(String text, LabelVocabulary.LabelMatch main) {
        String stripped = stripEnd(text);
        String before = text.substring(0, main.start());
        // a partner's own activities: the partner's name before the label may be long ("MTÜ Saarte Koostöökogu
        // lisategevused") or come after it ("Działania własne partnera X", "Additional activities of X")
        boolean partner = main.kind() == SectionKind.PARTNER_ACTIVITIES;
        int maxLength = partner ? MAX_PARTNER_HEADING_LENGTH : MAX_HEADING_LENGTH;
        int maxWords = partner ? MAX_PARTNER_HEADING_WORDS : MAX_HEADING_WORDS;
        if (stripped.length() > maxLength || Text.countWords(stripped) > maxWords) {
            return false;
        }
        if (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
            return false;
        }
        boolean digits = stripped.chars().anyMatch(Character::isDigit);
        if (digits && !main.kind().isFunding()) {
            return false;
        }
        if (!partner && (capitalisedWords(before) >= 2 || startsAValue(main.kind(), text.substring(main.end())))) {
            // "Lokalna Grupa Działania Ziemi Kraśnickiej": the label word is inside a name; "Projekti nimi Külade
            // Lood", "Kontakt do Partnera biuro@lgd.pl": a value follows the label
            return false;
        }
        // the label must lead the heading: within its first three words, or the line ends with a colon
        return partner || text.endsWith(":") || Text.countWords(before) <= 2;
    }

    /** Words after a label that are a value, not more of the heading (which may go on "oraz jego cele", "KSOW"). */
    private static boolean startsAValue(SectionKind kind, String rest) {
        String r = rest.strip();
        return capitalisedWords(r) > 0 || r.indexOf('@') > 0 || r.startsWith("+") || r.startsWith("www.")
                || r.startsWith("http") || kind.isPartnerList() && PartnerListParser.startsWithLegalForm(r);
    }

    private static int capitalisedWords(String s) {
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
            if (i > start && Character.isUpperCase(s.charAt(start)) && !isAllUpperCase(s.substring(start, i))) {
                n++;
            }
        }
        return n;
    }

    private static Section section(Line line, List<LabelVocabulary.LabelMatch> labels, LabelVocabulary.LabelMatch main,
                                   String qualifier, int labelEnd, int valueFrom) {
        String text = line.text();
        String value = valueFrom >= text.length() ? "" : text.substring(valueFrom);
        SectionKind kind = main.kind();
        // "Taotleja ja partnerid", "Lead partner and partners": one list with several roles
        if (kind.isPartnerList() && labels.stream().filter(m -> m.kind().isPartnerList()).count() > 1) {
            kind = SectionKind.PARTNERS;
        }
        String named = Text.trimItem(qualifier);
        if (kind == SectionKind.PARTNER_ACTIVITIES && named.isEmpty() && labelEnd > main.end()) {
            named = Text.trimItem(PARTNER_AFTER.matcher(text.substring(main.end(), labelEnd)).replaceFirst(""));
        }
        return new Section(kind, List.copyOf(labels), line, named, value,
                line.start() + Math.min(valueFrom, text.length()), new ArrayList<>());
    }

    /** The colon that ends a label: not the one in {@code https://}, not one between digits ({@code 10:30}). */
    static int labelColon(String text) {
        int limit = Math.min(text.length(), MAX_LABEL_LENGTH + 1);
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) != ':') {
                continue;
            }
            boolean url = i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/';
            boolean time = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
            if (!url && !time) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeValue(SectionKind kind, String text, int from) {
        if (kind == SectionKind.PERIOD || kind == SectionKind.BUDGET || kind == SectionKind.WEBSITE) {
            return true;
        }
        String value = text.substring(from);
        if (kind.isPartnerList()) {
            // names, not a sentence about the partners ("Partnerid Eestist ja Lätist kohtusid …")
            return PartnerListParser.startsWithLegalForm(value) || looksLikeNames(value);
        }
        char first = value.charAt(0);
        int space = value.indexOf(' ');
        String word = value.substring(0, space < 0 ? value.length() : space);
        if (kind == SectionKind.CONTACT && (word.indexOf('@') > 0 || first == '+')) {
            return true;
        }
        boolean prose = kind.isActivities() || kind == SectionKind.GOALS || kind == SectionKind.DESCRIPTION
                || kind == SectionKind.RESULTS || kind == SectionKind.TARGET_GROUPS;
        if (prose && word.length() >= 2 && isAllUpperCase(word)) {
            // "Działania LGD obejmują …": the abbreviation is whose the label's thing is, a sentence goes on
            return false;
        }
        return Character.isUpperCase(first) || Character.isDigit(first) || "„\"“«'".indexOf(first) >= 0;
    }

    /**
     * Whether a text reads as a list of names: its words mostly capitalised, not counting the words lists of
     * partners have between names (joiners, roles, legal forms) or anything in brackets.
     */
    private static boolean looksLikeNames(String value) {
        int capitalised = 0;
        int lower = 0;
        int depth = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (!Character.isLetter(c) && c != '„' && c != '"' && c != '“') {
                i++;
                continue;
            }
            int start = i;
            while (i < value.length() && !Character.isWhitespace(value.charAt(i)) && value.charAt(i) != ',') {
                i++;
            }
            String word = value.substring(start, i);
            if (depth > 0 || NOT_NAME_WORDS.contains(Text.lower(word))) {
                continue;
            }
            if (Character.isUpperCase(word.charAt(0)) || !Character.isLetter(word.charAt(0))) {
                capitalised++;
            } else {
                lower++;
            }
        }
        return capitalised > 0 && lower * 2 <= capitalised;
    }

    private static boolean isAllUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == '–')) {
            i++;
        }
        return i;
    }
}
