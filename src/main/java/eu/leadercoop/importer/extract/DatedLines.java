package eu.leadercoop.importer.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers which lines begin with a date, so that event lines ({@code 08.11 2024 Partnerite seminar}) are not
 * mistaken for numbered items or headings, and the date parser runs once per line.
 */
final class DatedLines {

    private final Map<Integer, DateHit> byLine = new HashMap<>();
    private final Map<Integer, Boolean> checked = new HashMap<>();

    /** The date that begins the line, or null. */
    DateHit dateAtStart(Line line) {
        Boolean done = checked.get(line.index());
        if (done != null) {
            return byLine.get(line.index());
        }
        DateHit hit = mayStartWithDate(line.text()) ? Dates.atStart(line.text()) : null;
        checked.put(line.index(), Boolean.TRUE);
        if (hit != null) {
            byLine.put(line.index(), hit);
        }
        return hit;
    }

    boolean startsWithDate(Line line) {
        return dateAtStart(line) != null;
    }

    /** Cheap test before asking the parser: a digit, or a season, month or quarter word, first. */
    private static boolean mayStartWithDate(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return Character.isDigit(c) || Character.isLetter(c) && text.length() >= 6
                && text.chars().limit(40).anyMatch(Character::isDigit);
    }
}
