package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
import java.time.LocalDate;

/** Where a project stands in time, derived from its period; never stored. */
public enum ProjectStatus {
    PLANNED,
    RUNNING,
    COMPLETED,
    UNKNOWN;

    /**
     * A project runs from the first day its start can mean to the last day its end can mean: a project
     * "until June 2025" is still running on 20 June 2025.
     */
    public static ProjectStatus of(PartialDate start, PartialDate end, LocalDate today) {
        if (start == null && end == null) {
            return UNKNOWN;
        }
        if (start != null && today.isBefore(start.earliest())) {
            return PLANNED;
        }
        if (end != null && today.isAfter(end.latest())) {
            return COMPLETED;
        }
        return RUNNING;
    }
}
