package eu.leadercoop.importer.extract;

import eu.leadercoop.registry.time.PartialDateParseException;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;

import java.util.ArrayList;
import java.util.List;

/**
 * The importer's door to the registry's partial-date parser ({@link PartialDates}): the only class here that
 * knows its API. Nothing in the importer parses dates by itself.
 */
final class Dates {

    /** An event line's date is in its first words; reading further only costs time. */
    private static final int LINE_START_CHARS = 60;

    private Dates() {
    }

    /** The whole text as one date or range ({@code jaanuar 2024 – juuni 2025}), or null. */
    static DateHit parseRange(String text) {
        if (text.isEmpty() || text.length() > PartialDates.MAX_INPUT_LENGTH) {
            return null;
        }
        try {
            PartialDateRange range = PartialDates.parseRange(text);
            return hit(range, text, 0, text.length());
        } catch (PartialDateParseException e) {
            return null;
        }
    }

    /** A date or range that begins the line ({@code 4.-7.06 2024 Osalemine ...}), or null. */
    static DateHit atStart(String line) {
        String head = line.length() > LINE_START_CHARS ? cutAtWord(line) : line;
        List<PartialDates.Match> found = find(head);
        if (found.isEmpty() || found.get(0).start() != 0) {
            return null;
        }
        PartialDates.Match m = found.get(0);
        return hit(m.range(), m.asWritten(), m.start(), m.end());
    }

    /** Every date or range in a text, in order. */
    static List<DateHit> findAll(String text) {
        List<DateHit> hits = new ArrayList<>();
        for (PartialDates.Match m : find(text.length() > PartialDates.MAX_INPUT_LENGTH
                ? text.substring(0, PartialDates.MAX_INPUT_LENGTH) : text)) {
            hits.add(hit(m.range(), m.asWritten(), m.start(), m.end()));
        }
        return hits;
    }

    private static List<PartialDates.Match> find(String text) {
        try {
            return PartialDates.find(text);
        } catch (PartialDateParseException e) {
            return List.of();
        }
    }

    private static DateHit hit(PartialDateRange range, String asWritten, int from, int to) {
        return new DateHit(range.start().toEdtf(), range.end().toEdtf(), asWritten, from, to);
    }

    /** The first characters of a line, ending at a space so that no word is cut in two. */
    private static String cutAtWord(String line) {
        int space = line.indexOf(' ', LINE_START_CHARS);
        return space < 0 ? line : line.substring(0, space);
    }
}
