package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads target groups: the items under a target-group label, or its value split at commas and semicolons when
 * it is a short list rather than a sentence.
 */
final class TargetGroupReader {

    record Result(List<String> groups, int start, int end) {
    }

    private TargetGroupReader() {
    }

    static Result read(List<Section> sections, Marks marks) {
        List<String> groups = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Section s : sections) {
            if (s.kind() != SectionKind.TARGET_GROUPS) {
                continue;
            }
            for (ListItems.Piece p : ListItems.read(s.valueAndBody())) {
                marks.place(p.lines());
                start = start < 0 ? p.start() : start;
                end = p.end();
                String text = Text.trimItem(p.text());
                if (text.endsWith(".")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (!p.item() && text.indexOf('.') < 0 && (text.indexOf(',') > 0 || text.indexOf(';') > 0)) {
                    for (String part : text.split("[;,]")) {
                        if (!part.isBlank()) {
                            groups.add(Text.trimItem(part));
                        }
                    }
                } else if (!text.isEmpty()) {
                    groups.add(text);
                }
            }
        }
        return new Result(groups, start, end);
    }
}
