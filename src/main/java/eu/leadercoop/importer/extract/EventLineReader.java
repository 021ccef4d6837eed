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

    private static final java.util.regex.Pattern EVENT_WORDS = Vocabulary.get().words("event");
    private static final int BYLINE_CATEGORY_WORDS = 5;


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
                List<Found> found = read(line, dated);
                if (!found.isEmpty()) {
                    events.addAll(found);
                    marks.place(line);
                }
            }
        }
        return events;
    }

    /** The events of one line: one per date, so "2020. ja 2021. aasta märtsis Häkaton" is two hackathons. */
    static List<Found> read(Line line, DatedLines dated) {
        List<DateHit> dates = dated.datesAtStart(line);
        if (dates.isEmpty()) {
            return List.of();
        }
        String title = Text.trimItem(line.text().substring(dates.get(0).to()));
        if (isByline(title)) {
            return List.of();
        }
        while (!title.isEmpty() && "–-—:|".indexOf(title.charAt(0)) >= 0) {
            title = title.substring(1).trim();
        }
        if (title.chars().filter(Character::isLetter).count() < 3) {
            return List.of();
        }
        String lower = Text.lower(title);
        EventTypes.Hit type = EventTypes.first(lower);
        String country = Countries.first(lower);
        List<Found> found = new ArrayList<>(dates.size());
        for (DateHit date : dates) {
            DateSpan span = new DateSpan(date.start(), date.end(), date.asWritten());
            found.add(new Found(new Event(span, title, type == null ? null : EventTypes.code(type), country), line));
        }
        return found;
    }

    /**
     * "30 marca 2012 | Międzynarodowe projekty współpracy, Projekty": a post's date and the site's categories it is
     * filed under, not an event: after a bar, two or more names of categories and no word for a happening.
     */
    private static boolean isByline(String rest) {
        if (!rest.startsWith("|")) {
            return false;
        }
        String[] categories = rest.substring(1).split(",");
        if (categories.length < 2 || EVENT_WORDS.matcher(rest).find()) {
            return false;
        }
        for (String c : categories) {
            String t = c.strip();
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || Text.countWords(t) > BYLINE_CATEGORY_WORDS) {
                return false;
            }
        }
        return true;
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
