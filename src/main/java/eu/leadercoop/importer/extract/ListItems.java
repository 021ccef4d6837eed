package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a section body as list items and paragraphs. An item starts at a bullet or number; lines that follow
 * it without a blank line in between continue it (text wrapped by the page). Other runs of lines are
 * paragraphs.
 */
final class ListItems {

    /**
     * One item or paragraph.
     *
     * @param text  the words, wrapped lines joined with a space, marker removed
     * @param start offset of the first character in the document
     * @param end   offset after the last character
     * @param item  true for a list item, false for a paragraph
     * @param depth 1 for {@code 1.}, 2 for {@code 1.1}; 0 for paragraphs
     * @param lines the lines it was read from
     * @param label the item's number without its punctuation ({@code 1}, {@code 2.1}, {@code a}); null for
     *              bullets and paragraphs
     */
    record Piece(String text, int start, int end, boolean item, int depth, List<Line> lines, String label) {
    }

    private ListItems() {
    }

    static List<Piece> read(List<Line> lines) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = null;
        List<Line> taken = null;
        int start = 0;
        int end = 0;
        boolean item = false;
        int depth = 0;
        String label = null;
        boolean afterBlank = true;
        for (Line line : lines) {
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            int marker = ListMarker.end(line.text());
            boolean continues = text != null && !afterBlank && marker == 0;
            if (continues) {
                text.append(' ').append(line.text());
                taken.add(line);
                end = line.end();
            } else {
                if (text != null) {
                    pieces.add(new Piece(Text.squeeze(text.toString()), start, end, item, depth, List.copyOf(taken), label));
                }
                text = new StringBuilder(line.text().substring(marker));
                taken = new ArrayList<>();
                taken.add(line);
                start = line.start() + marker;
                end = line.end();
                item = marker > 0;
                depth = item ? depth(line.text().substring(0, marker)) : 0;
                label = item ? label(line.text().substring(0, marker)) : null;
            }
            afterBlank = false;
        }
        if (text != null) {
            pieces.add(new Piece(Text.squeeze(text.toString()), start, end, item, depth, List.copyOf(taken), label));
        }
        return pieces;
    }

    static boolean hasItems(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.item()) {
                return true;
            }
        }
        return false;
    }

    /** {@code "1. "} is 1, {@code "(2.1) "} is 2.1; a bullet has no label. */
    private static String label(String marker) {
        String m = marker.strip().replaceAll("^\\(|[.)]$", "");
        return m.isEmpty() || !Character.isLetterOrDigit(m.charAt(0)) ? null : m;
    }

    private static int depth(String marker) {
        String m = marker.trim();
        int dots = 0;
        for (int i = 0; i < m.length() - 1; i++) {
            if (m.charAt(i) == '.' && Character.isDigit(m.charAt(i + 1))) {
                dots++;
            }
        }
        return 1 + dots;
    }
}
