package eu.leadercoop.importer.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which lines begin with a date, so that event lines ({@code 08.11 2024 Partnerite seminar}) are not
 * mistaken for numbered items or headings, and the date parser runs once per line.
 */
final class DatedLines {

    private final Map<Integer, List<DateHit>> byLine = new HashMap<>();

    /** The date that begins the line (the first of a list), or null. */
    DateHit dateAtStart(Line line) {
        List<DateHit> dates = datesAtStart(line);
        return dates.isEmpty() ? null : dates.get(0);
    }

    /** The date, or list of dates ({@code 2020. ja 2021. aasta märtsis}), that begins the line; empty when none. */
    List<DateHit> datesAtStart(Line line) {
        List<DateHit> dates = byLine.get(line.index());
        if (dates == null) {
            dates = mayStartWithDate(line.text()) ? Dates.listAtStart(line.text()) : List.of();
            byLine.put(line.index(), dates);
        }
        return dates;
    }

    boolean startsWithDate(Line line) {
        return !datesAtStart(line).isEmpty();
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
