package eu.leadercoop.tracking.internal;

import eu.leadercoop.tracking.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns the counts of a commitment into its status. "At risk" means fewer days are left before the deadline
 * than {@code daysPerMissingEvent} for each missing event not yet planned: organising an event (inviting,
 * booking, travelling) takes about a month, so with two such events missing and 59 days left a commitment
 * is at risk, with 60 days left it is not.
 */
public record StatusRule(int daysPerMissingEvent) {

    public static final int DEFAULT_DAYS_PER_MISSING_EVENT = 30;

    public StatusRule {
        if (daysPerMissingEvent < 1) {
            throw new IllegalArgumentException(
                    "leadercoop.tracking.days-per-missing-event must be 1 or more, not " + daysPerMissingEvent);
        }
    }

    /**
     * @param need     the commitment's minimum count
     * @param held     counted events held by {@code asOf}
     * @param planned  counted events dated after {@code asOf}, before the deadline
     * @param deadline the last day, or null when there is none
     */
    public Status decide(int need, int held, int planned, LocalDate deadline, LocalDate asOf) {
        if (held >= need) {
            return Status.MET;
        }
        if (deadline != null && asOf.isAfter(deadline)) {
            return Status.MISSED;
        }
        int unplanned = unplanned(need, held, planned);
        if (deadline != null && unplanned > 0 && ChronoUnit.DAYS.between(asOf, deadline) < (long) daysPerMissingEvent * unplanned) {
            return Status.AT_RISK;
        }
        return held == 0 ? Status.NOT_STARTED : Status.ON_TRACK;
    }

    static int unplanned(int need, int held, int planned) {
        return Math.max(0, need - held - planned);
    }
}
