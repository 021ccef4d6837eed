package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Activity;
import eu.leadercoop.importer.ExtractedProject.Commitment;
import eu.leadercoop.importer.ExtractedProject.DateSpan;
import eu.leadercoop.importer.ExtractedProject.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * Events an activity plans on dates it names: "Kahtede Vunki mano! loometalgute korraldamine (2020. ja 2021.aasta
 * märtsis)" promises two hackathons and says when, so it gives two, in March 2020 and March 2021. Only a list of as
 * many dates as the commitment counts, two or more, names each event; a single date may as well be a deadline or
 * the year of a plan, and is left to the reviewer. An event already read from a dated line is not read twice.
 *
 * <p>The title is the project's when the project is named after its events (the title names the same kind:
 * "Vunki mano! loometalgud"), else the activity's words before the dates.
 */
final class PlannedEventReader {

    private static final int MAX_TITLE = 100;

    private PlannedEventReader() {
    }

    static List<Event> read(List<Activity> activities, String projectTitle, List<Event> dated) {
        List<Event> planned = new ArrayList<>();
        for (Activity a : activities) {
            for (Commitment c : a.commitments()) {
                if (c.minCount() < 2 || c.deadline() != null || !Text.hasAnyDigit(a.text())) {
                    continue;
                }
                List<List<DateHit>> lists = Dates.lists(a.text()).stream().filter(l -> l.size() == c.minCount()).toList();
                if (lists.size() != 1) {
                    continue;
                }
                String title = title(projectTitle, c, a.text(), lists.get(0).get(0).from());
                for (DateHit d : lists.get(0)) {
                    Event e = new Event(new DateSpan(d.start(), d.end(), d.asWritten()), title, c.eventType(), null);
                    if (dated.stream().noneMatch(x -> same(x, e))) {
                        planned.add(e);
                    }
                }
            }
        }
        return planned;
    }

    private static String title(String projectTitle, Commitment c, String text, int datesFrom) {
        if (projectTitle != null) {
            EventTypes.Hit named = EventTypes.first(Text.lower(projectTitle));
            if (named != null && EventTypes.code(named).equals(c.eventType())) {
                return projectTitle;
            }
        }
        String before = Text.trimItem(text.substring(0, datesFrom).replaceAll("[\\s(\\[–-]+$", ""));
        return before.length() <= MAX_TITLE ? before : before.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static boolean same(Event a, Event b) {
        return a.date() != null && a.date().start() != null && a.date().start().equals(b.date().start())
                && b.type().equals(a.type());
    }
}
