package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title: a title label's value; else the first line of the page when it looks like a title (not a
 * date, not a sentence, not too long), with a call number such as {@code 2021/1} taken off; else a quoted name
 * after the word project ({@code koostööprojektiga “Piirkondade kogemusvahetus ...”},
 * {@code projekt pn. „...”}).
 */
final class TitleReader {

    /** The title read, and the call number written before it on the first line ({@code 2021/1}), if any. */
    record Found(String title, int start, int end, double confidence, String localCode) {

        Found(String title, int start, int end, double confidence) {
            this(title, start, end, confidence, null);
        }
    }

    private static final Pattern CALL_NUMBER = Pattern.compile("^(?:\\d{4}/\\d{1,3}|\\d{1,3}/\\d{4}|nr\\.? ?\\d+)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_AFTER_PROJECT = Pattern.compile(
            "(?:projekt|project)\\p{L}*\\s+(?:pn\\.?\\s*|pt\\.?\\s*|pod nazwą\\s+|pod tytułem\\s+|called\\s+|titled\\s+)?"
                    + "[„“\"«]([^„“”\"«»]{6,200})[”“\"»]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern KIND_THEN_QUOTED = Pattern.compile(
            "^(?:koostööprojekt|projekt współpracy|projekt|cooperation project|project)\\s*[:–-]?\\s*"
                    + "[„“\"«]([^„“”\"«»]{3,200})[”“\"»]\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PATH_STEP = Pattern.compile("\\s[>»›]\\s");

    private static final Pattern LABELLED = Pattern.compile(
            "^.{0,40}?(?:nimi|nimetus|pealkiri|nazwa(?: projektu| operacji)?|tytuł(?: projektu)?|title|name)\\s*:\\s*(.{3,})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TitleReader() {
    }

    /** How far down the page a formally named project still names the page's project (lines). */
    private static final int NAMED_WITHIN = 40;
    /** How many paragraphs of prose may stand above a page's heading, and how long a heading below them is. */
    private static final int PROSE_ABOVE_HEADING = 2;
    private static final int SHORT_HEADING_WORDS = 10;

    static Found read(List<Section> sections, DatedLines dated, Marks marks) {
        for (Section s : sections) {
            if (s.kind() == SectionKind.TITLE && !s.value().isEmpty()) {
                marks.place(s.heading());
                String title = clean(s.value());
                placeRepeated(sections.get(0), title, marks);
                return new Found(title, s.valueStart(), s.valueStart() + s.value().length(), 0.95);
            }
        }
        Line heading = heading(sections.get(0), dated, marks);
        if (heading != null) {
            List<NamedProjects.Name> inHeading = NamedProjects.in(heading, next(sections.get(0), heading));
            if (!inHeading.isEmpty()) {
                return named(inHeading.get(0), 0.85);
            }
        }
        NamedProjects.Name named = firstNamed(sections, heading == null ? 0 : heading.index());
        if (named != null) {
            return named(named, heading == null ? 0.6 : 0.7);
        }
        if (heading != null) {
            Matcher call = CALL_NUMBER.matcher(heading.text());
            boolean numbered = call.find();
            int from = numbered ? call.end() : 0;
            return new Found(clean(heading.text().substring(from)), heading.start() + from, heading.end(), 0.8,
                    numbered ? heading.text().substring(0, from).strip() : null);
        }
        for (Section s : sections) {
            for (Line line : s.valueAndBody()) {
                Matcher m = QUOTED_AFTER_PROJECT.matcher(line.text());
                if (m.find()) {
                    return new Found(clean(m.group(1)), line.start() + m.start(1), line.start() + m.end(1), 0.5);
                }
            }
        }
        return null;
    }

    private static Found named(NamedProjects.Name name, double confidence) {
        return new Found(clean(name.name()), name.start(), name.end(), confidence);
    }

    /**
     * The page's heading: its first line that is not chrome (menus, breadcrumbs, the site's name, a posting date),
     * when it looks like a title; null when the page opens with prose.
     */
    private static Line heading(Section preamble, DatedLines dated, Marks marks) {
        boolean first = true;
        int prose = 0;
        for (Line line : preamble.body()) {
            if (line.isBlank()) {
                continue;
            }
            if (PageChrome.isChrome(line) || first && PageChrome.isSiteName(line)) {
                marks.place(line);
                first = false;
                continue;
            }
            first = false;
            if (dated.startsWithDate(line) && Dates.parseRange(line.text()) != null) {
                continue;
            }
            if (looksLikeTitle(line.text()) && (prose == 0 || isShortHeading(line.text()))) {
                marks.place(line);
                return line;
            }
            // an introduction or a picture's caption above the heading: "Every LEADER programme is required to …"
            if (++prose > PROSE_ABOVE_HEADING || !isProse(line.text())) {
                return null;
            }
        }
        return null;
    }

    /** A heading below prose is short and no sentence: "Cooperation Action Development Fund". */
    private static boolean isShortHeading(String text) {
        return Text.countWords(text) <= SHORT_HEADING_WORDS && !text.endsWith(".") && text.indexOf(':') < 0
                && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isProse(String text) {
        return Text.countWords(text) > SHORT_HEADING_WORDS && (text.endsWith(".") || text.endsWith("!"));
    }

    /** The first formally named project near the top of the page, below its heading. */
    private static NamedProjects.Name firstNamed(List<Section> sections, int from) {
        for (Section s : sections) {
            // a heading line counts whole: "Nasi partnerzy ... w projekcie „…”" opens a partners section
            List<Line> lines = new ArrayList<>(s.body().size() + 1);
            if (s.heading() != null) {
                lines.add(s.heading());
            }
            lines.addAll(s.body());
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.index() < from) {
                    continue;
                }
                if (line.index() > from + NAMED_WITHIN) {
                    return null;
                }
                NamedProjects.Name labelled = NamedProjects.labelled(line);
                if (labelled == null) {
                    labelled = UnquotedNames.suffixed(line);
                }
                if (labelled == null) {
                    labelled = UnquotedNames.called(line);
                }
                if (labelled != null) {
                    return labelled;
                }
                List<NamedProjects.Name> names = NamedProjects.in(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
                if (!names.isEmpty()) {
                    return names.get(0);
                }
            }
        }
        return null;
    }

    /** The line below in the same section, or null. */
    private static Line next(Section section, Line line) {
        List<Line> lines = section.valueAndBody();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).index() == line.index()) {
                return lines.get(i + 1);
            }
        }
        return null;
    }

    /** "KOOSTÖÖPROJEKT „Külade Lood“" above "PROJEKTI NIMI: Külade Lood": the page's heading names the same title. */
    private static void placeRepeated(Section preamble, String title, Marks marks) {
        String lower = Text.lower(title);
        for (Line line : preamble.body()) {
            if (!line.isBlank() && line.text().length() <= title.length() + 40 && line.lower().contains(lower)) {
                marks.place(line);
            }
        }
    }

    private static boolean looksLikeTitle(String text) {
        if (text.length() < 3 || text.length() > 250 || Text.countWords(text) > 30) {
            return false;
        }
        if (text.endsWith(".") && Text.countWords(text) > 12) {
            return false;
        }
        return text.chars().anyMatch(Character::isLetter);
    }

    private static String clean(String title) {
        String t = Text.squeeze(title);
        // "LEADER LOGODPROJEKTI NIMI: Vunki mano!": a title label the splitter could not see, glued in upper case
        Matcher labelled = LABELLED.matcher(t);
        if (labelled.find()) {
            t = labelled.group(1).trim();
        }
        // "Original Lapland > Samarbetspartners": the project, then the part of its site this page is
        Matcher path = PATH_STEP.matcher(t);
        if (path.find() && path.start() >= 3) {
            t = t.substring(0, path.start()).trim();
        }
        // "Koostööprojekt „Külade Lood“": the name is in the quotes
        Matcher quoted = KIND_THEN_QUOTED.matcher(t);
        if (quoted.matches()) {
            t = quoted.group(1).trim();
        }
        while (!t.isEmpty() && ":;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }
}
