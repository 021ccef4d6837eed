package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    Activity activity = new Project("et").addActivity(null, "3", "Vähemalt kolme koosoleku korraldamine");

    @Test
    void anOnlineMeetingCountsAsAMeetingUnlessTheCommitmentAsksForPhysicalOnes() {
        Commitment meetings = activity.commit(3, Set.of(EventType.MEETING));
        assertThat(meetings.accepts(EventType.ONLINE_MEETING)).isTrue();
        assertThat(meetings.physicalOnly(true).accepts(EventType.ONLINE_MEETING)).isFalse();
        assertThat(meetings.accepts(EventType.MEETING)).isTrue();
    }

    @Test
    void aStudyTripAbroadCountsAsAStudyTripButNotTheOtherWayRound() {
        assertThat(activity.commit(1, Set.of(EventType.STUDY_TRIP)).accepts(EventType.STUDY_TRIP_ABROAD)).isTrue();
        assertThat(activity.commit(1, Set.of(EventType.STUDY_TRIP_ABROAD)).accepts(EventType.STUDY_TRIP)).isFalse();
    }

    @Test
    void oneOfSeveralTypesIsEnough() {
        Commitment any = activity.commit(1, EnumSet.of(EventType.STUDY_TRIP, EventType.MEETING, EventType.SEMINAR));
        assertThat(any.accepts(EventType.SEMINAR)).isTrue();
        assertThat(any.accepts(EventType.CONFERENCE)).isFalse();
    }

    @Test
    void aCommitmentToNothingIsImpossible() {
        assertThatThrownBy(() -> activity.commit(0, Set.of(EventType.MEETING))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> activity.commit(1, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
