package eu.leadercoop.tracking;

import static eu.leadercoop.tracking.TestTexts.EN;
import static eu.leadercoop.tracking.TestTexts.ET;
import static eu.leadercoop.tracking.TestTexts.PL;
import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.tracking.CommitmentStatus.EventMatch;
import eu.leadercoop.tracking.internal.CommitmentRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events count for a commitment, in which region, and what the reason says. */
class CommitmentRulesTest {

    static final LocalDate SEPTEMBER_2024 = LocalDate.of(2024, 9, 1);

    CommitmentRules rules = TestTexts.rules();
    TrackingTexts texts = TestTexts.texts();

    ProjectBuilder p = new ProjectBuilder("2024-01/2025-06");
    long laaneHarju = p.partner("MTÜ Lääne-Harju Koostöökogu", "EE", "EE-37");
    long pohjaHarju = p.partner("MTÜ Põhja-Harju Koostöökogu", "EE", "EE-37");
    long rapla = p.partner("MTÜ Raplamaa Partnerluskogu", "EE", "EE-70");

    @Test
    void allOnlineMeetingsTogetherAreOnePlaceSoTheSecondDoesNotCountForDistinctRegions() {
        long meetings = p.activity(null, 3, List.of("meeting"), true, false, null);
        p.event("online_meeting", "2024-03-14").delivers(meetings).add();
        p.event("online_meeting", "2024-03-15").delivers(meetings).add();
        p.event("meeting", "2024-05-02").delivers(meetings).organisedBy(laaneHarju).add();

        CommitmentStatus s = only(SEPTEMBER_2024);
        assertThat(s.status()).isEqualTo(Status.ON_TRACK);
        assertThat(s.held()).isEqualTo(2);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.events()).extracting(EventMatch::use).containsExactly(EventUse.HELD, EventUse.SAME_REGION, EventUse.HELD);
        assertThat(s.regionsUsed()).extracting(Place::key).containsExactly("online", "organisation:" + laaneHarju);
        assertThat(texts.reason(s, EN)).isEqualTo("2 of 3 meetings held (online, MTÜ Lääne-Harju Koostöökogu); "
                + "1 not counted (region already used); 1 more needed in a region not yet used by 30 June 2025");
        assertThat(texts.reason(s, ET)).isEqualTo("koosolekud: toimunud 2/3 (veebis, MTÜ Lääne-Harju Koostöökogu); "
                + "1 ei lähe arvesse (piirkond juba kasutatud); vaja veel 1 uues piirkonnas hiljemalt 30.06.2025");
        assertThat(texts.reason(s, PL)).isEqualTo("spotkania: zrealizowano 2 z 3 (online, MTÜ Lääne-Harju Koostöökogu); "
                + "niewliczone: 1 (region już wykorzystany); potrzeba jeszcze 1 w regionie dotąd niewykorzystanym, do 30.06.2025");
    }

    @Test
    void partnersInTheSameCountyAreDifferentRegionsAndAJointlyOrganisedEventTakesWhicheverAreaIsFree() {
        long meetings = p.activity(null, 3, List.of("meeting"), true, false, null);
        p.event("meeting", "2024-04-10").delivers(meetings).organisedBy(laaneHarju, pohjaHarju).add();
        p.event("meeting", "2024-05-10").delivers(meetings).organisedBy(laaneHarju).add();
        p.event("meeting", "2024-06-10").delivers(meetings).in("EE", "EE-70", null).add();

        CommitmentStatus s = only(SEPTEMBER_2024);
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.events()).extracting(EventMatch::use).containsOnly(EventUse.HELD);
        assertThat(s.events()).extracting(e -> e.place().organisationId()).containsExactly(pohjaHarju, laaneHarju, rapla);
        assertThat(texts.reason(s, EN)).isEqualTo(
                "3 of 3 meetings held (MTÜ Põhja-Harju Koostöökogu, MTÜ Lääne-Harju Koostöökogu, MTÜ Raplamaa Partnerluskogu)");
    }

    @Test
    void anEventIsPlacedByItsRegionOrAPlaceNamingOneAndNotCountedOutsideThePartnersRegionsOrWithoutAny() {
        long meetings = p.activity(null, 4, List.of("meeting"), true, false, null);
        long byPlace = p.event("meeting", "2024-04-10").delivers(meetings).in(null, null, "Raplamaa").add();
        long inVoru = p.event("meeting", "2024-04-11").delivers(meetings).in("EE", "EE-86", "Võru").add();
        long inFinland = p.event("meeting", "2024-04-12").delivers(meetings).in("FI", null, "Helsinki").add();
        long nowhere = p.event("meeting", "2024-04-13").delivers(meetings).add();
        long inHarju = p.event("meeting", "2024-04-14").delivers(meetings).in("EE", "EE-37", null).add();

        CommitmentStatus s = only(SEPTEMBER_2024);
        assertThat(use(s, byPlace)).isEqualTo(EventUse.HELD);
        assertThat(s.events().stream().filter(e -> e.eventId() == byPlace).findFirst().orElseThrow().place().organisationId()).isEqualTo(rapla);
        assertThat(use(s, inVoru)).isEqualTo(EventUse.OUTSIDE_PROJECT_REGIONS);
        assertThat(use(s, inFinland)).isEqualTo(EventUse.OUTSIDE_PROJECT_REGIONS);
        assertThat(use(s, nowhere)).isEqualTo(EventUse.NO_REGION);
        assertThat(use(s, inHarju)).isEqualTo(EventUse.HELD);
        assertThat(s.held()).isEqualTo(2);
        assertThat(texts.reason(s, EN)).isEqualTo("2 of 4 meetings held (MTÜ Raplamaa Partnerluskogu, MTÜ Lääne-Harju Koostöökogu); "
                + "1 not counted (region unknown); 2 not counted (outside the project's regions); "
                + "2 more needed in regions not yet used by 30 June 2025");
    }

    @Test
    void onlyEventsRecordedAgainstTheActivityCountOthersOfAnAcceptedTypeAreListedAsNotLinked() {
        long ownTrip = p.activity(rapla, 1, List.of("study_trip_abroad"), false, false, null);
        long other = p.activity(laaneHarju, 1, List.of("study_trip_abroad"), false, false, null);
        long unlinked = p.event("study_trip_abroad", "2024-05").add();
        long coOrganised = p.event("study_trip_abroad", "2024-06").delivers(other).organisedBy(laaneHarju, rapla).add();
        long othersOnly = p.event("study_trip_abroad", "2024-07").delivers(other).organisedBy(laaneHarju).add();

        CommitmentStatus s = rules.statuses(p.build(), SEPTEMBER_2024).stream().filter(c -> c.activityId() == ownTrip).findFirst().orElseThrow();
        assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(s.events()).extracting(EventMatch::eventId).containsExactly(unlinked, coOrganised);
        assertThat(s.events()).extracting(EventMatch::use).containsOnly(EventUse.NOT_LINKED);
        assertThat(s.events()).extracting(EventMatch::eventId).doesNotContain(othersOnly);
        assertThat(texts.reason(s, EN)).isEqualTo("0 of 1 study trips abroad held; 1 more needed by 30 June 2025; "
                + "2 events of this kind are not recorded against this activity");
    }

    @Test
    void typeFamiliesCountButALinkedEventOfAnotherTypeOrWithoutADateOrAfterTheDeadlineDoesNot() {
        long trips = p.activity(null, 2, List.of("study_trip"), false, false, "2024-10");
        p.event("study_trip_abroad", "2024-05-02/2024-05-05").delivers(trips).add();
        long seminar = p.event("seminar", "2024-06-01").delivers(trips).add();
        long undated = p.event("study_trip", null).delivers(trips).add();
        long late = p.event("study_trip", "2024-11-02").delivers(trips).add();

        CommitmentStatus s = only(SEPTEMBER_2024);
        assertThat(s.deadline()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(s.deadlineSource()).isEqualTo(DeadlineSource.COMMITMENT);
        assertThat(s.held()).isEqualTo(1);
        assertThat(use(s, seminar)).isEqualTo(EventUse.TYPE_NOT_ACCEPTED);
        assertThat(use(s, undated)).isEqualTo(EventUse.UNDATED);
        assertThat(use(s, late)).isEqualTo(EventUse.AFTER_DEADLINE);
        assertThat(s.status()).isEqualTo(Status.ON_TRACK);
        assertThat(s.daysLeft()).isEqualTo(60);
        assertThat(texts.reason(s, EN)).isEqualTo("1 of 2 study trips held (2–5 May 2024); 1 not counted (after the deadline); "
                + "1 not counted (type not accepted); 1 not counted (no date); 1 more needed by 31 October 2024");
    }

    @Test
    void anOnlineMeetingDoesNotCountWhereThePromiseIsInPerson() {
        long seminars = p.activity(null, 1, List.of("meeting", "seminar"), false, true, null);
        long online = p.event("online_meeting", "2024-03-14").delivers(seminars).add();
        CommitmentStatus s = only(SEPTEMBER_2024);
        assertThat(use(s, online)).isEqualTo(EventUse.TYPE_NOT_ACCEPTED);
        assertThat(texts.reason(s, EN)).startsWith("0 of 1 meetings or seminars (in person) held; 1 not counted (type not accepted)");
        assertThat(texts.reason(s, ET)).startsWith("koosolekud või seminarid (kohapeal): toimunud 0/1");
    }

    @Test
    void anEventIsHeldOnceItsLastPossibleDayHasComeBeforeThatItIsPlanned() {
        long yearEnd = p.activity(rapla, 1, List.of("major_event"), false, false, null);
        p.event("year_end_event", "2024-11").delivers(yearEnd).organisedBy(rapla).add();
        assertThat(only(LocalDate.of(2024, 11, 29)).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(only(LocalDate.of(2024, 11, 29)).planned()).isEqualTo(1);
        assertThat(texts.reason(only(LocalDate.of(2024, 11, 29)), PL)).isEqualTo("duże wydarzenia: zrealizowano 0 z 1; "
                + "zaplanowane: 1 (listopad 2024); potrzeba jeszcze: 1, do 30.06.2025");
        assertThat(only(LocalDate.of(2024, 11, 30)).status()).isEqualTo(Status.MET);
        assertThat(texts.reason(only(LocalDate.of(2024, 11, 30)), ET)).isEqualTo("suurüritused: toimunud 1/1 (november 2024)");
    }

    @Test
    void atRiskAndMissedSayWhy() {
        long meetings = p.activity(null, 3, List.of("meeting"), true, false, null);
        p.event("meeting", "2024-05-02").delivers(meetings).organisedBy(rapla).add();
        CommitmentStatus atRisk = only(LocalDate.of(2025, 5, 2));
        assertThat(atRisk.status()).isEqualTo(Status.AT_RISK);
        assertThat(texts.reason(atRisk, EN)).isEqualTo("1 of 3 meetings held (MTÜ Raplamaa Partnerluskogu); "
                + "2 more needed in regions not yet used by 30 June 2025; "
                + "only 59 days left for 2 not yet planned (the rule allows 30 days per event)");
        CommitmentStatus missed = only(LocalDate.of(2025, 7, 1));
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.daysLeft()).isEqualTo(-1);
        assertThat(texts.reason(missed, ET)).isEqualTo("koosolekud: toimunud 1/3 (MTÜ Raplamaa Partnerluskogu); "
                + "tähtaeg 30.06.2025 on möödas, puudu 2");
    }

    @Test
    void withoutAProjectEndOrOwnDeadlineThereIsNoDeadline() {
        ProjectBuilder open = new ProjectBuilder(null);
        open.activity(null, 2, List.of("hackathon"), false, false, null);
        CommitmentStatus s = rules.statuses(open.build(), SEPTEMBER_2024).getFirst();
        assertThat(s.deadline()).isNull();
        assertThat(s.deadlineSource()).isEqualTo(DeadlineSource.NONE);
        assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(texts.reason(s, EN)).isEqualTo("0 of 2 hackathons held; 2 more needed");
    }

    @Test
    void moreRegionsThanTheProjectHasIsAProblemStatedInWords() {
        p.activity(null, 5, List.of("meeting"), true, false, null);
        p.activity(null, 4, List.of("meeting"), true, true, "2023");
        List<CommitmentStatus> statuses = rules.statuses(p.build(), SEPTEMBER_2024);
        assertThat(texts.problems(statuses.get(0), EN))
                .isEqualTo("cannot be met: 5 events in different regions, but the project has only 4 places (partners' areas, and online)");
        assertThat(texts.problems(statuses.get(1), EN)).isEqualTo(
                "cannot be met: 4 events in different regions, but the project has only 3 places (partners' areas, and online); "
                        + "cannot be met: the deadline 31 December 2023 is before the project starts (1 January 2024)");
        assertThat(texts.problems(statuses.get(1), PL)).startsWith("niewykonalne: wymaga wydarzeń w różnych regionach: 4, a projekt ma tylko miejsc: 3");
    }

    private CommitmentStatus only(LocalDate asOf) {
        List<CommitmentStatus> statuses = rules.statuses(p.build(), asOf);
        assertThat(statuses).hasSize(1);
        return statuses.getFirst();
    }

    private static EventUse use(CommitmentStatus s, long event) {
        return s.events().stream().filter(e -> e.eventId() == event).findFirst().orElseThrow().use();
    }
}
