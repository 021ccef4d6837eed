package eu.leadercoop.registry.model;

import java.util.Optional;

/**
 * Kinds of events cooperation projects hold. Some types belong to a family so that a commitment to
 * "at least one study trip" is met by a study trip abroad, and "three meetings" by online meetings
 * unless the commitment asks for physical ones.
 */
public enum EventType {
    STUDY_TRIP(null, true),
    STUDY_TRIP_ABROAD(STUDY_TRIP, true),
    SEMINAR(null, true),
    MEETING(null, true),
    ONLINE_MEETING(MEETING, false),
    CONFERENCE(null, true),
    MAJOR_EVENT(null, true),
    YEAR_END_EVENT(MAJOR_EVENT, true),
    HACKATHON(null, true),
    TRAINING_MODULE(null, true),
    MENTORING(null, true),
    PILOT_ACTION(null, true),
    OTHER(null, true);

    private final EventType family;
    private final boolean physical;

    EventType(EventType family, boolean physical) {
        this.family = family;
        this.physical = physical;
    }

    /** The broader type this one counts as, if any (study trip abroad counts as a study trip). */
    public Optional<EventType> family() {
        return Optional.ofNullable(family);
    }

    /** False for events held online. */
    public boolean isPhysical() {
        return physical;
    }

    /** Whether an event of this type counts towards a commitment asking for {@code wanted}. */
    public boolean countsAs(EventType wanted) {
        return this == wanted || (family != null && family.countsAs(wanted));
    }
}
