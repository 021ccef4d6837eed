package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A labelled part of the page: its heading line, the value written after the label on the same line, and
 * the lines below it up to the next heading.
 *
 * @param kind       what the label says the part is about
 * @param labels     every label in the heading ({@code Eesmärk ja lühikirjeldus} has two)
 * @param heading    the heading line; null for the preamble
 * @param qualifier  words before the label ({@code Ida-Harju Koostöökoja} in {@code Ida-Harju Koostöökoja
 *                   LISATEGEVUSED}); empty when none
 * @param value      text after the label on the heading line; empty when none
 * @param valueStart offset of {@code value} in the document
 * @param body       the lines below the heading
 */
record Section(SectionKind kind, List<LabelVocabulary.LabelMatch> labels, Line heading, String qualifier,
               String value, int valueStart, List<Line> body) {

    boolean hasLabel(SectionKind k) {
        for (LabelVocabulary.LabelMatch m : labels) {
            if (m.kind() == k) {
                return true;
            }
        }
        return false;
    }

    /** The inline value and the body as one list of lines (the inline value first, as a line of its own). */
    List<Line> valueAndBody() {
        if (value.isEmpty()) {
            return body;
        }
        Line first = Line.of(heading.index(), value, valueStart);
        List<Line> all = new ArrayList<>(body.size() + 1);
        all.add(first);
        all.addAll(body);
        return all;
    }
}
