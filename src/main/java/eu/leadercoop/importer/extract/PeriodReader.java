package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.DateSpan;

import java.util.List;

/**
 * Reads the project period under its label. The value is read as one range first
 * ({@code jaanuar 2024 – juuni 2025}, {@code od 01.07.2022 do 31.10.2023}); failing that, the first and last
 * dates in it make the range. A period label whose value gives no date is reported, not guessed.
 */
final class PeriodReader {

    record Found(DateSpan period, int start, int end, double confidence) {
    }

    private PeriodReader() {
    }

    static Found read(List<Section> sections, Marks marks) {
        for (Section s : sections) {
            if (s.kind() != SectionKind.PERIOD) {
                continue;
            }
            for (Line line : s.valueAndBody()) {
                if (line.isBlank()) {
                    continue;
                }
                String value = Text.trimItem(line.text());
                if (value.endsWith(".")) {
                    value = value.substring(0, value.length() - 1);
                }
                Found f = fromValue(value, line.start());
                marks.place(s.heading());
                if (f != null) {
                    marks.place(line);
                    return f;
                }
                marks.warn("Period “" + value + "” could not be read as dates.");
                break;
            }
        }
        return null;
    }

    private static Found fromValue(String value, int offset) {
        DateHit whole = Dates.parseRange(value);
        if (whole != null) {
            return new Found(new DateSpan(whole.start(), whole.end(), value), offset, offset + value.length(), 0.9);
        }
        List<DateHit> all = Dates.findAll(value);
        if (all.isEmpty()) {
            return null;
        }
        DateHit first = all.get(0);
        DateHit last = all.get(all.size() - 1);
        String written = value.substring(first.from(), last.to());
        return new Found(new DateSpan(first.start(), last.end(), written), offset + first.from(), offset + last.to(), 0.7);
    }
}
