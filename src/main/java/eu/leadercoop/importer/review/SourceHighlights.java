package eu.leadercoop.importer.review;

import eu.leadercoop.importer.ExtractedProject.FieldMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The document text cut into pieces for the review page: each piece plain, or read into a field, marked with
 * that field's confidence. Where spans nest (a partner list inside the whole partners span) the narrower field
 * marks the piece. The language is read from the whole text and marks nothing.
 */
public final class SourceHighlights {

    /**
     * A piece of the text.
     *
     * @param field      the field it was read into ({@code title}, {@code budget.cost}); null for plain text
     * @param confidence 0..100; 0 for plain text
     * @param level      {@code high} from 85, {@code medium} from 60, else {@code low}
     */
    public record Piece(String text, String field, int confidence, String level) {
    }

    private SourceHighlights() {
    }

    public static List<Piece> of(String text, Map<String, FieldMark> fields) {
        List<Map.Entry<String, FieldMark>> marks = fields.entrySet().stream()
                .filter(e -> !e.getKey().equals("language") && e.getValue().span().size() == 2)
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Map.Entry<String, FieldMark> m : marks) {
            cuts.add(clamp(m.getValue().span().get(0), text.length()));
            cuts.add(clamp(m.getValue().span().get(1), text.length()));
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                add(pieces, text.substring(from, cut), narrowest(marks, from, cut));
            }
            from = cut;
        }
        return pieces;
    }

    private static Map.Entry<String, FieldMark> narrowest(List<Map.Entry<String, FieldMark>> marks, int from, int to) {
        Map.Entry<String, FieldMark> best = null;
        int bestWidth = Integer.MAX_VALUE;
        for (Map.Entry<String, FieldMark> m : marks) {
            int start = m.getValue().span().get(0);
            int end = m.getValue().span().get(1);
            if (start <= from && to <= end && end - start < bestWidth) {
                best = m;
                bestWidth = end - start;
            }
        }
        return best;
    }

    private static void add(List<Piece> pieces, String text, Map.Entry<String, FieldMark> mark) {
        if (mark == null) {
            pieces.add(new Piece(text, null, 0, null));
            return;
        }
        int confidence = (int) Math.round(mark.getValue().confidence() * 100);
        String level = confidence >= 85 ? "high" : confidence >= 60 ? "medium" : "low";
        pieces.add(new Piece(text, mark.getKey(), confidence, level));
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
