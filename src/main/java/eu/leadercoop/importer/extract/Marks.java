package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.FieldMark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers leave behind besides values: where each field was read and how sure they are, the
 * warnings for the reviewer, and which lines were used, so that text placed nowhere can be pointed out.
 */
final class Marks {

    private final Map<String, FieldMark> fields = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final BitSet placed = new BitSet();

    void field(String name, double confidence, int start, int end) {
        if (start >= 0 && end >= start) {
            fields.putIfAbsent(name, FieldMark.of(confidence, start, end));
        }
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    void warnFirst(String warning) {
        warnings.remove(warning);
        warnings.add(0, warning);
    }

    void place(Line line) {
        placed.set(line.index());
    }

    void place(List<Line> lines) {
        for (Line l : lines) {
            placed.set(l.index());
        }
    }

    boolean isPlaced(Line line) {
        return placed.get(line.index());
    }

    Map<String, FieldMark> fields() {
        return fields;
    }

    List<String> warnings() {
        return warnings;
    }
}
