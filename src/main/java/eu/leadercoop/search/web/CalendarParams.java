package eu.leadercoop.search.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.search.CalendarQuery;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The calendar's filters as request parameters, for its page, API and feed. */
public record CalendarParams(
        @Parameter(description = "upcoming (default), past or all") String when,
        @Parameter(description = "Event types (study_trip, seminar, meeting, ...)") List<String> type,
        @Parameter(description = "Region, ISO 3166-2 (EE-37)") String region,
        @Parameter(description = "Organisation id: events it organises or of projects it is a partner of") Long organisation,
        @Parameter(description = "Page number from 0") Integer page,
        @Parameter(description = "Events per page, 1 to 500 (default 50)") Integer size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    /** @throws InvalidDraftException naming each parameter with a value it cannot take */
    CalendarQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        CalendarQuery.When w = CalendarQuery.When.UPCOMING;
        if (when != null && !when.isBlank()) {
            try {
                w = CalendarQuery.When.valueOf(when.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("when", "unknown_value", "must be upcoming, past or all, not '" + when + "'", when));
            }
        }
        Set<String> types = new LinkedHashSet<>();
        for (String t : type == null ? List.<String>of() : type) {
            if (t == null || t.isBlank()) {
                continue;
            }
            if (Codes.parse(EventType.class, t).isEmpty()) {
                problems.add(FieldProblem.of("type", "unknown_value",
                        "must be one of " + Codes.list(EventType.class) + ", not '" + t + "'", t));
            }
            types.add(t.strip());
        }
        if (region != null && !region.isBlank() && !Regions.table().isKnown(region.strip().toUpperCase(Locale.ROOT))) {
            problems.add(FieldProblem.of("region", "unknown_value",
                    "'" + region + "' is not a known ISO 3166-2 region code such as EE-37 or PL-LU", region));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            problems.add(FieldProblem.of("page", "negative", "must be 0 or more", p));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "out_of_range", "must be between 1 and " + MAX_SIZE, s));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return new CalendarQuery(w, types, region == null || region.isBlank() ? null : region.strip(), organisation, null, p, s);
    }
}
