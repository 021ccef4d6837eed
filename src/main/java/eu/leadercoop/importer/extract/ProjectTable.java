package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table of projects flattened into lines, one cell a line: a header row of short cells, one of them a
 * title label ({@code Leaderområde} / {@code Projektnamn} / {@code Projektbeskrivning}), then the rows, as many
 * cells each as the header has. Each row is one project, named by its cell under the title label; its block runs
 * from its first cell to the next row's.
 */
final class ProjectTable {

    /** A header cell is a label or a word or two; a row needs its title cell. */
    private static final int HEADER_WORDS = 2;
    private static final int MIN_COLUMNS = 2;
    private static final int MIN_ROWS = 2;
    private static final int MAX_TITLE_WORDS = 25;

    /** Where a row begins, and the name in its title cell. */
    record Row(int line, NamedProjects.Name name) {
    }

    private ProjectTable() {
    }

    /** The table's rows, or an empty list when the lines hold no such table. */
    static List<Row> rows(List<Line> lines) {
        List<Line> cells = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isBlank()) {
                cells.add(line);
            }
        }
        for (int t = 0; t < cells.size(); t++) {
            if (!isTitleLabel(cells.get(t))) {
                continue;
            }
            int first = t;
            while (first > 0 && isHeaderCell(cells.get(first - 1)) && !endsLead(cells.get(first - 1))) {
                first--;
            }
            int last = t;
            while (last + 1 < cells.size() && isHeaderCell(cells.get(last + 1)) && isLabel(cells.get(last + 1))) {
                last++;
            }
            int columns = last - first + 1;
            if (columns < MIN_COLUMNS) {
                continue;
            }
            List<Row> rows = rows(cells, last + 1, columns, t - first);
            if (rows.size() >= MIN_ROWS) {
                return rows;
            }
        }
        return List.of();
    }

    private static List<Row> rows(List<Line> cells, int from, int columns, int titleColumn) {
        List<Row> rows = new ArrayList<>();
        for (int r = from; r + titleColumn < cells.size(); r += columns) {
            Line title = cells.get(r + titleColumn);
            if (Text.countWords(title.text()) > MAX_TITLE_WORDS || isTitleLabel(title)) {
                break;
            }
            Line start = cells.get(r);
            rows.add(new Row(start.index(), new NamedProjects.Name(title.text(), title.start(), title.end(), title.index(),
                    true)));
        }
        return rows;
    }

    private static boolean isHeaderCell(Line line) {
        String t = line.text();
        return Text.countWords(t) <= HEADER_WORDS && t.chars().anyMatch(Character::isLetter) && !Text.hasDigit(t)
                && !t.endsWith(".");
    }

    /** "… fått medel till ett eller flera projekt:": the sentence that leads into the table, not a cell of it. */
    private static boolean endsLead(Line line) {
        return line.text().endsWith(":");
    }

    private static boolean isTitleLabel(Line line) {
        LabelVocabulary.LabelMatch label = wholeLabel(line);
        return label != null && label.kind() == SectionKind.TITLE;
    }

    private static boolean isLabel(Line line) {
        return wholeLabel(line) != null;
    }

    /** The label the whole cell is ("Projektnamn", "Projektbeskrivning:"), or null. */
    private static LabelVocabulary.LabelMatch wholeLabel(Line line) {
        String lower = line.lower().strip();
        if (lower.endsWith(":")) {
            lower = lower.substring(0, lower.length() - 1).strip();
        }
        LabelVocabulary.LabelMatch m = LabelVocabulary.atStart(lower);
        return m != null && m.end() == lower.length() ? m : null;
    }
}
