package eu.leadercoop.importer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.leadercoop.importer.ExtractedProject.FieldMark;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceHighlightsTest {

    @Test
    void cutsTheTextAtEverySpanAndMarksEachPieceWithItsNarrowestField() {
        String text = "Title\nPartners: A, B\nrest";
        Map<String, FieldMark> fields = new LinkedHashMap<>();
        fields.put("title", FieldMark.of(0.8, 0, 5));
        fields.put("partners", FieldMark.of(0.9, 6, 20));
        fields.put("budget.cost", FieldMark.of(0.5, 16, 17));
        fields.put("language", FieldMark.of(0.7, 0, text.length()));
        assertThat(SourceHighlights.of(text, fields))
                .extracting(SourceHighlights.Piece::text, SourceHighlights.Piece::field, SourceHighlights.Piece::level)
                .containsExactly(
                        tuple("Title", "title", "medium"),
                        tuple("\n", null, null),
                        tuple("Partners: ", "partners", "high"),
                        tuple("A", "budget.cost", "low"),
                        tuple(", B", "partners", "high"),
                        tuple("\nrest", null, null));
    }

    @Test
    void spansOutsideTheTextAreCutToIt() {
        assertThat(SourceHighlights.of("abc", Map.of("title", FieldMark.of(0.9, 1, 99))))
                .extracting(SourceHighlights.Piece::text).containsExactly("a", "bc");
        assertThat(SourceHighlights.of("", Map.of())).isEmpty();
    }
}
