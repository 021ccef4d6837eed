package eu.leadercoop.tracking;

import eu.leadercoop.registry.time.PartialDateRange;
import java.util.List;

/**
 * One part of a reason in words, kept as a message code with its arguments so that every language can say
 * it: {@code held_in(meeting kinds, 1, 3, [online])} reads "meetings: 1 of 3 held (online)",
 * "koosolekud: toimunud 1/3 (veebis)", "spotkania: zrealizowano 1 z 3 (online)". {@link TrackingTexts}
 * renders it with the messages {@code tracking.reason.<code>}.
 *
 * <p>Arguments are {@link Integer} counts, {@link java.time.LocalDate} days and the value types below.
 */
public record Phrase(String code, List<Object> arguments) {

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String code, Object... arguments) {
        return new Phrase(code, List.of(arguments));
    }

    /** The kinds of events a commitment asks for, as event type codes; {@code inPerson} for physical only. */
    public record Kinds(List<String> eventTypes, boolean inPerson) {
    }

    /** Regions, in the order events filled them. */
    public record Places(List<Place> places) {
    }

    /** Event dates, as recorded. */
    public record Dates(List<PartialDateRange> dates) {
    }

    /** Why events do not count: an {@link EventUse}. */
    public record Use(EventUse use) {
    }
}
