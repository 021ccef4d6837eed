package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a page that describes several projects into one block of text per project. Two layouts are read:
 * <ul>
 * <li>project headings: lines that name a project and nothing much else ({@code Projekt "LOODE-EESTI
 * ÜHISTURUNDUS"}, {@code Ettevalmistav koostööprojekt "Bändi teha on tore!"}, {@code Projekt: EstPol sustainable
 * communities}), at least two different names; each block runs from its heading to the next;</li>
 * <li>a list of projects: at least two list items, each a name and, in brackets, what kind of project it is
 * ({@code • sociālās uzņēmējdarbības attīstība lauku teritorijās (starpteritoriālais projekts, sadarbībā ar …)});</li>
 * <li>a catalogue: at least three entries of a short name line followed by a short line that ends with the
 * project's years ({@code Echoes} / {@code Ekomusetoiminnan kehittämisen hanke 2020 - 2022}).</li>
 * <li>a table flattened into lines, with a title column ({@link ProjectTable}).</li>
 * </ul>
 * A page with none of them is one project.
 */
final class ProjectBlocks {

    /** A block's text runs from {@code start} to {@code end} in the document; {@code name} is its project's name. */
    record Block(int start, int end, NamedProjects.Name name) {
    }

    /** Where each block begins, and the name its first line gives. */
    private record Start(int line, NamedProjects.Name name) {
    }

    /** Words written before the naming word on a heading line ({@code Ettevalmistav koostööprojekt}). */
    private static final int WORDS_BEFORE = 3;
    private static final int CATALOGUE_ENTRIES = 3;
    private static final Pattern ENDS_WITH_YEARS = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d\\d\\s*[-–—]\\s*(?:19|20)\\d\\d\\s*\\)?\\s*$");

    /**
     * "name (starptautisks projekts, …", "„Jauni vietos lyderiai (YLL)“ (projekto Nr. …": a naming word among the
     * first words in the brackets after the name.
     */
    private static final Pattern KIND_IN_BRACKETS = Pattern.compile(
            "(?:[„“\"«](.{3,200}?)[”“\"»]|([^()]{3,150}?))\\s*\\((?:[\\p{L}-]+\\s+){0,3}(?:"
                    + Vocabulary.get().alternation("title.naming") + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProjectBlocks() {
    }

    /** The projects' blocks, in the order written; empty when the page describes one project (or none). */
    static List<Block> split(SourceText src) {
        List<Line> lines = src.lines();
        List<Start> starts = headings(lines);
        if (starts.size() < 2) {
            starts = listed(lines);
        }
        if (starts.size() < 2) {
            starts = catalogue(lines);
        }
        if (starts.size() < 2) {
            starts = ProjectTable.rows(lines).stream().map(r -> new Start(r.line(), r.name())).toList();
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int start = lines.get(starts.get(i).line()).start();
            int end = i + 1 < starts.size() ? lines.get(starts.get(i + 1).line()).start() : src.text().length();
            blocks.add(new Block(start, Math.min(end, src.text().length()), starts.get(i).name()));
        }
        return blocks;
    }

    private static List<Start> headings(List<Line> lines) {
        List<Start> starts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank() || line.text().length() > 300) {
                continue;
            }
            NamedProjects.Name name = NamedProjects.labelled(line);
            if (name == null) {
                List<NamedProjects.Name> found = NamedProjects.in(line, null);
                if (found.size() != 1 || !isHeading(line, found.get(0))) {
                    continue;
                }
                name = found.get(0);
            }
            if (names.add(Text.lower(name.name()))) {
                starts.add(new Start(i, name));
            }
        }
        return starts;
    }

    /** The name closes the line (a closing quote, a full stop or the years may follow), few words before it. */
    private static boolean isHeading(Line line, NamedProjects.Name name) {
        String after = line.text().substring(Math.min(line.text().length(), name.end() - line.start()));
        String rest = after.replaceAll("^[”“\"»’\\s.:]+", "").replaceAll("\\(?\\d{4}\\s*[-–]\\s*\\d{4}\\)?", "").strip();
        if (!rest.isEmpty()) {
            return false;
        }
        String before = line.text().substring(0, Math.max(0, name.start() - line.start()));
        return Text.countWords(before) <= WORDS_BEFORE + 2;
    }

    private static List<Start> listed(List<Line> lines) {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int from = ListMarker.end(line.text());
            if (from == 0) {
                continue;
            }
            Matcher m = KIND_IN_BRACKETS.matcher(line.text()).region(from, line.text().length());
            if (m.lookingAt()) {
                int group = m.group(1) != null ? 1 : 2;
                starts.add(new Start(i, new NamedProjects.Name(m.group(group), line.start() + m.start(group),
                        line.start() + m.end(group), i, true)));
            }
        }
        return starts;
    }

    private static List<Start> catalogue(List<Line> lines) {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line name = lines.get(i);
            if (name.isBlank() || !isNameLine(name)) {
                continue;
            }
            int j = nextNonBlank(lines, i + 1);
            if (j < 0) {
                break;
            }
            Line years = lines.get(j);
            // the years on the line below the description, or on the description's own line
            int k = nextNonBlank(lines, j + 1);
            boolean dated = isYearsLine(years)
                    || k >= 0 && k == j + 1 && Text.countWords(years.text()) <= 8 && isYearsLine(lines.get(k));
            if (dated && !isYearsLine(name)) {
                starts.add(new Start(i, new NamedProjects.Name(name.text(), name.start(), name.end(), i, true)));
                i = j;
            }
        }
        return starts.size() >= CATALOGUE_ENTRIES ? starts : List.of();
    }

    private static boolean isNameLine(Line line) {
        String t = line.text();
        return Text.countWords(t) <= 8 && !t.endsWith(".") && !t.endsWith(":") && t.chars().anyMatch(Character::isLetter)
                && !PageChrome.isChrome(line);
    }

    private static boolean isYearsLine(Line line) {
        return Text.countWords(line.text()) <= 12 && ENDS_WITH_YEARS.matcher(line.text()).find();
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
