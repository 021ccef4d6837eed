package eu.leadercoop.search.calendar;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.search.CalendarEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes events as an iCalendar feed (RFC 5545). Events are dated, not timed, so each becomes an
 * all-day span: a day-precision event covers its days, one known only by month, season or year covers
 * that whole month, season or year (DTEND is the day after, as RFC 5545 wants for dates).
 */
public final class IcsFeed {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private IcsFeed() {
    }

    /**
     * @param name the calendar's name, shown by calendar apps
     * @param siteUrl the site's base URL, for links to the projects
     * @param location where an event is, in words (place, region, country)
     */
    public static String write(String name, List<CalendarEvent> events, String siteUrl, Function<CalendarEvent, String> location) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//LeaderCoop//Events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEvent e : events) {
            if (e.start() == null) {
                continue;
            }
            calendar.add(event(e, siteUrl, location.apply(e)));
        }
        StringWriter out = new StringWriter();
        try {
            // Validation would refuse an empty calendar, which is a fair answer for a feed with no events yet.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The all-day span an event covers: first day, and the day after its last. */
    public static LocalDate[] span(PartialDate start, PartialDate end) {
        PartialDate last = end == null ? start : end;
        return new LocalDate[] {start.earliest(), last.latest().plusDays(1)};
    }

    private static VEvent event(CalendarEvent e, String siteUrl, String where) {
        LocalDate[] span = span(e.start(), e.end());
        VEvent event = new VEvent(span[0], span[1], e.title());
        event.add(new Uid("leadercoop-event-" + e.id()));
        event.add(new Categories(e.type()));
        List<String> description = new ArrayList<>();
        description.add(e.projectTitle());
        if (e.dateAsWritten() != null) {
            description.add(e.dateAsWritten());
        }
        if (e.description() != null) {
            description.add(e.description());
        }
        event.add(new Description(String.join("\n", description)));
        if (where != null && !where.isBlank()) {
            event.add(new Location(where));
        }
        event.add(new Url(URI.create(siteUrl + "/projects/" + e.projectId())));
        return event;
    }
}
