package eu.leadercoop.importer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventLinksTest {

    private static final List<EventLinks.Candidate> ACTIVITIES = List.of(
            new EventLinks.Candidate(0, List.of("study_trip", "meeting", "seminar"), false, "Õppereisi, kohtumise või seminari korraldamine."),
            new EventLinks.Candidate(1, List.of("seminar"), true, "Füüsilise koostööseminari korraldamine tegevmeeskonnale ja juhatusele."),
            new EventLinks.Candidate(2, List.of("meeting"), false, "Kolme koosoleku korraldamine erinevates piirkondades."),
            new EventLinks.Candidate(3, List.of("study_trip_abroad"), false, "Välisõppereisi korraldamine liikmetele."),
            new EventLinks.Candidate(4, List.of("seminar"), false, "Osalemine rahvusvahelisel seminaril."));

    @Test
    void theKindItselfBeatsItsFamilyAndANarrowCommitmentBeatsABroadOne() {
        assertThat(EventLinks.link("study_trip_abroad", "Välisõppereis", ACTIVITIES)).contains(3);
        assertThat(EventLinks.link("study_trip", "Õppereis", ACTIVITIES)).contains(0);
        assertThat(EventLinks.link("online_meeting", "Veebikoosolek", ACTIVITIES)).contains(2);
    }

    @Test
    void anOnlineEventNeverDeliversAnInPersonCommitment() {
        assertThat(EventLinks.link("online_meeting", "Seminar",
                List.of(new EventLinks.Candidate(1, List.of("meeting"), true, "Füüsiline koosolek")))).isEmpty();
    }

    @Test
    void sharedWordsSettleBetweenEquallyFittingActivitiesAndATieLinksNothing() {
        assertThat(EventLinks.link("seminar", "Tegevmeeskondade ja juhatuste seminar", ACTIVITIES)).contains(1);
        assertThat(EventLinks.link("seminar", "Üritus", ACTIVITIES)).isEmpty();
        assertThat(EventLinks.link("conference", "LINC 2024", ACTIVITIES)).isEmpty();
        assertThat(EventLinks.link("no_such_kind", "?", ACTIVITIES)).isEmpty();
    }
}
