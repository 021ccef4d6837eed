package eu.leadercoop.importer.text;

import java.util.regex.Pattern;

/**
 * Joins the lines a PDF broke only because the page was full: a line that runs (almost) to the right margin
 * continues on the next one, unless that starts a list item or a date. Without this, an amount or a name cut
 * at the margin ({@code omaosalus 3} / {@code 300,28 eurot}) would be read as two.
 */
final class PdfLines {

    private static final Pattern NEW_ITEM = Pattern.compile(
            "^(?:[•·▪◦●\\-–—*]|\\d{1,2}[.)](?:\\s|\\d)|\\d{1,2}\\.\\d{1,2}[.\\s]|[a-z]\\)).*");
    private static final double FULL_LINE = 0.8;

    private PdfLines() {
    }

    static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.strip().length());
        }
        if (longest < 40) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean full = line.strip().length() >= longest * FULL_LINE;
            boolean joins = full && !next.isEmpty() && !NEW_ITEM.matcher(next).matches() && !line.endsWith(":");
            out.append(joins ? " " : "\n");
        }
        return out.toString();
    }
}
