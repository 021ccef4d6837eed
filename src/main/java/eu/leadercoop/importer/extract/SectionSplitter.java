package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into sections at its headings. A heading is a line that starts with a label from
 * {@link LabelVocabulary}, in one of three shapes:
 * <ul>
 *   <li>{@code Label: value} (any case, the label may follow glued junk such as an image's alt text);</li>
 *   <li>a short line that is only a label ({@code Projekti tulemused}, {@code ÜHISTEGEVUSED});</li>
 *   <li>a label without colon followed by a checkable value ({@code Viitenumber 19302100001}).</li>
 * </ul>
 * A sentence that merely begins with a label word ({@code Projekti eesmärk on ...}) is not a heading.
 */
final class SectionSplitter {

    private static final int MAX_LABEL_LENGTH = 80;
    private static final int MAX_LABEL_WORDS = 9;
    private static final int MAX_HEADING_LENGTH = 70;
    private static final int MAX_HEADING_WORDS = 7;

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
                    return section(line, labels, main, text.substring(0, main.start()), valueFrom);
                }
            }
        }
        List<LabelVocabulary.LabelMatch> labels;
        if (text.length() <= MAX_HEADING_LENGTH + 2) {
            labels = LabelVocabulary.find(text, line.lower());
        } else {
            // too long for a bare heading: only "Label value" with the label first can make it one
            LabelVocabulary.LabelMatch first = LabelVocabulary.atStart(line.lower());
            labels = first == null ? List.of() : List.of(first);
        }
        LabelVocabulary.LabelMatch main = LabelVocabulary.main(labels);
        if (main == null) {
            return null;
        }
        if (isBareHeading(text, main)) {
            return section(line, labels, main, text.substring(0, main.start()), text.length());
        }
        boolean checkable = main.kind() == SectionKind.PERIOD || main.kind() == SectionKind.REFERENCE
                || main.kind() == SectionKind.BUDGET || main.kind() == SectionKind.WEBSITE;
        if (main.start() == 0 && main.kind().takesValueWithoutColon() && (checkable || !isAllUpperCase(text))) {
            int valueFrom = skipSpaces(text, main.end());
            if (valueFrom < text.length() && valueFrom > main.end() && looksLikeValue(main.kind(), text.charAt(valueFrom))) {
                return section(line, labels, main, "", valueFrom);
            }
        }
        return null;
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
        if (stripped.length() > MAX_HEADING_LENGTH || Text.countWords(stripped) > MAX_HEADING_WORDS) {
            return false;
        }
        if (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
            return false;
        }
        boolean digits = stripped.chars().anyMatch(Character::isDigit);
        if (digits && !main.kind().isFunding()) {
            return false;
        }
        // the label must lead the heading: within its first three words, or the line ends with a colon
        return text.endsWith(":") || Text.countWords(text.substring(0, main.start())) <= 2;
    }

    private static Section section(Line line, List<LabelVocabulary.LabelMatch> labels, LabelVocabulary.LabelMatch main,
                                   String qualifier, int valueFrom) {
        String text = line.text();
        String value = valueFrom >= text.length() ? "" : text.substring(valueFrom);
        SectionKind kind = main.kind();
        // "Taotleja ja partnerid", "Lead partner and partners": one list with several roles
        if (kind.isPartnerList() && labels.stream().filter(m -> m.kind().isPartnerList()).count() > 1) {
            kind = SectionKind.PARTNERS;
        }
        return new Section(kind, List.copyOf(labels), line, Text.trimItem(qualifier), value,
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

    private static boolean looksLikeValue(SectionKind kind, char first) {
        if (kind == SectionKind.PERIOD || kind == SectionKind.BUDGET || kind == SectionKind.WEBSITE) {
            return true;
        }
        return Character.isUpperCase(first) || Character.isDigit(first) || "„\"“«'".indexOf(first) >= 0;
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
