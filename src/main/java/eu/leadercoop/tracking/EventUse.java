package eu.leadercoop.tracking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What one event does for a commitment: counts as held or planned, or why it does not count. */
public enum EventUse {
    /** Held on or before the day asked about, and counted. */
    HELD,
    /** Dated after the day asked about but before the deadline: counts towards the plan. */
    PLANNED,
    /** Its region is already used by another counted event (distinct-regions commitments). */
    SAME_REGION,
    /** Its region is not known: no partner organiser, no region, no place naming a region. */
    NO_REGION,
    /** It is in a region, or a country, where no project partner is. */
    OUTSIDE_PROJECT_REGIONS,
    /** It starts after the deadline. */
    AFTER_DEADLINE,
    /** Recorded against the activity, but of a type the commitment does not accept. */
    TYPE_NOT_ACCEPTED,
    /** Recorded against the activity, but without a date. */
    UNDATED,
    /** Of an accepted type but recorded against no activity or, when the activity's partner organised it,
     *  against another activity: it would count if recorded against this one. */
    NOT_LINKED;

    public boolean counts() {
        return this == HELD || this == PLANNED;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
