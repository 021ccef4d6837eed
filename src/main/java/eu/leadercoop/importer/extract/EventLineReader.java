package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.DateSpan;
import eu.leadercoop.importer.ExtractedProject.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads events: lines that begin with a date and go on with what happened
 * ({@code 4.-7.06 2024 Osalemine rahvusvahelisel LEADER konverentsil LINC 2024 Rumeenias} is a conference in
 * Romania on 4-7 June 2024). They are read in event and activity sections, and anywhere else where at least
 * two such lines stand together, never among media items, goals or results.
 */
final class EventLineReader {

    record Found(Event event, Line line) {
    }

    private EventLineReader() {
    }

    static List<Found> read(List<Section> sections, DatedLines dated, Marks marks) {
        List<Found> events = new ArrayList<>();
        for (Section s : sections) {
            if (!mayHoldEvents(s, dated)) {
                continue;
            }
            for (Line line : s.body()) {
                Found f = read(line, dated);
                if (f != null) {
                    events.add(f);
                    marks.place(line);
                }
            }
        }
        return events;
    }

    static Found read(Line line, DatedLines dated) {
        DateHit date = dated.dateAtStart(line);
        if (date == null) {
            return null;
        }
        String title = Text.trimItem(line.text().substring(date.to()));
        while (!title.isEmpty() && "–-—:|".indexOf(title.charAt(0)) >= 0) {
            title = title.substring(1).trim();
        }
        if (title.chars().filter(Character::isLetter).count() < 3) {
            return null;
        }
        String lower = Text.lower(title);
        EventTypes.Hit type = EventTypes.first(lower);
        DateSpan span = new DateSpan(date.start(), date.end(), date.asWritten());
        return new Found(new Event(span, title, type == null ? null : EventTypes.code(type), Countries.first(lower)), line);
    }

    private static boolean mayHoldEvents(Section s, DatedLines dated) {
        switch (s.kind()) {
            case EVENTS, ACTIVITIES, JOINT_ACTIVITIES, PARTNER_ACTIVITIES:
                return true;
            case MEDIA, GOALS, RESULTS, PERIOD, BUDGET, TARGET_GROUPS, REFERENCE, TITLE:
                return false;
            default:
                int datedLines = 0;
                for (Line line : s.body()) {
                    if (dated.startsWithDate(line) && ++datedLines >= 2) {
                        return true;
                    }
                }
                return false;
        }
    }
}
