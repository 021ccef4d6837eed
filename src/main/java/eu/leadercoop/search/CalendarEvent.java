package eu.leadercoop.search;

import eu.leadercoop.registry.time.PartialDate;

/** An event as the calendar lists it, with the project it belongs to. Dates keep their precision. */
public record CalendarEvent(
        long id,
        long projectId,
        String projectTitle,
        String language,
        String type,
        String title,
        PartialDate start,
        PartialDate end,
        String dateAsWritten,
        String place,
        String country,
        String region,
        String description) {
}
