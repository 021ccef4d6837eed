package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.registry.Projects;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /api/projects/{id}/commitments} for the example projects, with the events their sources list.
 * Seeds 000 and 001 are one project: KKLM's page (001) lists its events: two online partner meetings
 * (14. and 15.03.2024, joint activity 3), the LINC conference in Romania (4.-7.06.2024, KKLM 3), the members'
 * study trip (23.-24.08.2024, joint 1), the partners' seminar (08.11.2024, joint 2), the year-end event
 * (11/2024, KKLM 2) and the study trip abroad with Nelja Valla Kogu and Ida-Harju (spring 2025, KKLM 1).
 * Every deadline there is the project's end, 30.06.2025. Today is pinned to 01.09.2024.
 */
@IntegrationTest
class CommitmentsApiIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Projects projects;

    @Test
    void piirkondadeOnFirstSeptember2024TwoMetTheMeetingsOnTrackTheRestNotStarted() {
        String body = commitments(SeedProjects.PIIRKONDADE, "");
        assertThat((String) JsonPath.read(body, "$.as_of")).isEqualTo("2024-09-01");
        assertThat(column(body, "activity_label")).containsExactly("1", "2", "3", "2", "4", "1", "2", "3");
        assertThat(column(body, "partner")).containsExactly("MTÜ Ida-Harju Koostöökoda", "MTÜ Ida-Harju Koostöökoda",
                "MTÜ Kodukant Läänemaa", "MTÜ Kodukant Läänemaa", "MTÜ Kodukant Läänemaa");
        assertThat(column(body, "status")).containsExactly(
                "met",          // joint 1: the members' study trip of 23.-24.08.2024
                "not_started",  // joint 2: the physical seminar is planned for 08.11.2024
                "on_track",     // joint 3: two online meetings are one place; 2 more meetings needed in 302 days
                "not_started",  // Ida-Harju 2: the spring 2025 trip abroad is recorded against KKLM 1, not this
                "not_started",  // Ida-Harju 4: no seminar or conference recorded for it
                "not_started",  // KKLM 1: the study trip abroad is planned for spring 2025
                "not_started",  // KKLM 2: the year-end event is planned for November 2024
                "met");         // KKLM 3: LINC 2024 in Romania
        assertThat(column(body, "reason_text")).containsExactly(
                "1 of 1 meetings, seminars or study trips held (23–24 August 2024)",
                "0 of 1 seminars (in person) held; 1 planned (8 November 2024); 1 more needed by 30 June 2025",
                "1 of 3 meetings held (online); 1 not counted (region already used); "
                        + "2 more needed in regions not yet used by 30 June 2025",
                "0 of 1 study trips abroad held; 1 more needed by 30 June 2025; "
                        + "1 event of this kind is not recorded against this activity",
                "0 of 1 conferences or seminars held; 1 more needed by 30 June 2025",
                "0 of 1 study trips abroad held; 1 planned (spring 2025); 1 more needed by 30 June 2025",
                "0 of 1 major events held; 1 planned (November 2024); 1 more needed by 30 June 2025",
                "1 of 1 conferences or seminars held (4–7 June 2024)");
        assertThat((List<String>) JsonPath.read(body, "$.commitments[2].events[*].use")).containsExactly("held", "same_region");
        assertThat((List<String>) JsonPath.read(body, "$.commitments[2].regions_used[*].key")).containsExactly("online");
        assertThat((String) JsonPath.read(body, "$.commitments[2].deadline")).isEqualTo("2025-06-30");
        assertThat((String) JsonPath.read(body, "$.commitments[2].deadline_source")).isEqualTo("project_end");
        assertThat((Integer) JsonPath.read(body, "$.commitments[2].days_left")).isEqualTo(302);
        assertThat((String) JsonPath.read(body, "$.commitments[5].events[0].start")).isEqualTo("2025-21");
    }

    @Test
    void piirkondadeLaterTheMeetingsFallAtRiskFiftyNineDaysBeforeTheEndAndAreMissedAfterIt() {
        assertThat(column(commitments(SeedProjects.PIIRKONDADE, "2024-08-23"), "status")).first().isEqualTo("not_started");
        assertThat(column(commitments(SeedProjects.PIIRKONDADE, "2024-08-24"), "status")).first().isEqualTo("met");
        assertThat(column(commitments(SeedProjects.PIIRKONDADE, "2025-05-01"), "status")).containsExactly(
                "met", "met", "on_track", "not_started", "not_started", "not_started", "met", "met");
        String may2 = commitments(SeedProjects.PIIRKONDADE, "2025-05-02");
        assertThat(column(may2, "status")).containsExactly(
                "met", "met", "at_risk", "not_started", "not_started", "not_started", "met", "met");
        assertThat((String) JsonPath.read(may2, "$.commitments[2].reason_text")).endsWith(
                "only 59 days left for 2 not yet planned (the rule allows 30 days per event)");
        assertThat(column(commitments(SeedProjects.PIIRKONDADE, "2025-05-31"), "status")).containsExactly(
                "met", "met", "at_risk", "not_started", "not_started", "met", "met", "met");
        assertThat(column(commitments(SeedProjects.PIIRKONDADE, "2025-06-01"), "status")).containsExactly(
                "met", "met", "at_risk", "at_risk", "at_risk", "met", "met", "met");
        String july = commitments(SeedProjects.PIIRKONDADE, "2025-07-01");
        assertThat(column(july, "status")).containsExactly(
                "met", "met", "missed", "missed", "missed", "met", "met", "met");
        assertThat((String) JsonPath.read(july, "$.commitments[2].reason_text")).isEqualTo(
                "1 of 3 meetings held (online); 1 not counted (region already used); the deadline 30 June 2025 has passed with 2 missing");
    }

    @Test
    void theReasonsComeInEstonianAndPolish() {
        String et = commitments(SeedProjects.PIIRKONDADE, "?lang=et");
        assertThat((String) JsonPath.read(et, "$.commitments[2].status_label")).isEqualTo("graafikus");
        assertThat((String) JsonPath.read(et, "$.commitments[2].reason_text")).isEqualTo(
                "koosolekud: toimunud 1/3 (veebis); 1 ei lähe arvesse (piirkond juba kasutatud); "
                        + "vaja veel 2, igaüks eri uues piirkonnas, hiljemalt 30.06.2025");
        String pl = commitments(SeedProjects.PIIRKONDADE, "?lang=pl");
        assertThat((String) JsonPath.read(pl, "$.commitments[5].reason_text")).isEqualTo(
                "zagraniczne wyjazdy studyjne: zrealizowano 0 z 1; zaplanowane: 1 (wiosna 2025); potrzeba jeszcze: 1, do 30.06.2025");
    }

    @Test
    void theOtherSeedsArukadKuladAndWspolpracaRecordedNoEventsAndMissedVunkiManoMetBothHackathons() {
        String arukad = commitments(SeedProjects.ARUKAD_KULAD, "");
        assertThat(column(arukad, "status")).containsExactly("missed", "missed", "missed", "missed");
        assertThat(column(arukad, "reason_text")).containsExactly(
                "0 of 6 training modules held; the deadline 31 December 2022 has passed with 6 missing",
                "0 of 1 study trips held; the deadline 31 December 2022 has passed with 1 missing",
                "0 of 1 study trips abroad held; the deadline 31 May 2022 has passed with 1 missing",
                "0 of 1 pilot actions held; the deadline 31 December 2022 has passed with 1 missing");
        assertThat((String) JsonPath.read(arukad, "$.commitments[2].deadline_source")).isEqualTo("commitment");

        assertThat(column(commitments(SeedProjects.VUNKI_MANO, ""), "reason_text"))
                .containsExactly("2 of 2 hackathons held (March 2020, March 2021)");
        assertThat(column(commitments(SeedProjects.VUNKI_MANO, "2020-06-01"), "status")).containsExactly("on_track");
        assertThat(column(commitments(SeedProjects.VUNKI_MANO, "2021-03-30"), "reason_text")).containsExactly(
                "1 of 2 hackathons held (March 2020); 1 planned (March 2021); 1 more needed by 31 December 2021");
        assertThat(column(commitments(SeedProjects.VUNKI_MANO, "2021-03-31"), "status")).containsExactly("met");

        assertThat(column(commitments(SeedProjects.WSPOLPRACA, ""), "status")).containsExactly("missed");
        assertThat(column(commitments(SeedProjects.WSPOLPRACA, "2023-09-01"), "status")).containsExactly("not_started");
        assertThat(column(commitments(SeedProjects.WSPOLPRACA, "2023-09-02"), "status")).containsExactly("at_risk");
    }

    @Test
    void anUnknownProjectIsA404AndABadDayOrLanguageA400NamingTheParameter() {
        assertThat(mvc.get().uri("/api/projects/999999/commitments").exchange()).hasStatus(404);
        long id = SeedProjects.id(mvc, SeedProjects.VUNKI_MANO);
        MvcTestResult badDay = mvc.get().uri("/api/projects/" + id + "/commitments?as_of=31.02.2025").exchange();
        assertThat(badDay).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(badDay), "$.errors[*].field")).containsExactly("as_of");
        assertThat((List<String>) JsonPath.read(Responses.body(badDay), "$.errors[*].message"))
                .containsExactly("'31.02.2025' is not a day written as YYYY-MM-DD");
        MvcTestResult badLang = mvc.get().uri("/api/projects/" + id + "/commitments?lang=de").exchange();
        assertThat(badLang).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(badLang), "$.errors[*].field")).containsExactly("lang");
    }

    @Test
    void aCommitmentWithImpossibleNumbersIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = projects.count();
        MvcTestResult result = mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator())).contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "et", "titles": {"et": "Neli koosolekut"}, "period": {"start": "2024-01", "end": "2025-06"},
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu"}, {"organisation": "MTÜ Raplamaa Partnerluskogu"}],
                 "activities": [{"key": "a", "text": "Vähemalt nelja koosoleku korraldamine eri piirkondades",
                   "commitments": [{"min_count": 4, "event_types": ["meeting"], "distinct_regions": true},
                                   {"min_count": 3, "event_types": ["meeting"], "distinct_regions": true, "physical_only": true},
                                   {"min_count": 3, "event_types": ["meeting"], "distinct_regions": true},
                                   {"min_count": 1, "event_types": ["seminar"], "deadline": "2023-12"},
                                   {"min_count": 0, "event_types": ["seminar"]}]}]}""").exchange();
        assertThat(result).hasStatus(400);
        String body = Responses.body(result);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactly(
                "activities[0].commitments[0].min_count", "activities[0].commitments[1].min_count",
                "activities[0].commitments[3].deadline", "activities[0].commitments[4].min_count");
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].message")).containsExactly(
                "4 events in different regions cannot be held: the project has 2 partners and online counts as one more place",
                "3 events in different regions cannot be held: the project has 2 partners",
                "is before the project starts (2024-01)",
                "must be a whole number from 1 to 10000");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    @Transactional
    void aDraftsCommitmentsAreShownToItsPartnersEditorsOnly() {
        String created = Responses.body(mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "et", "titles": {"et": "Mustand"}, "period": {"start": "2025-01", "end": "2025-12"},
                 "partners": [{"organisation": "MTÜ Kodukant Läänemaa", "role": "lead_partner"}],
                 "activities": [{"text": "Üks seminar", "commitments": [{"min_count": 1, "event_types": ["seminar"]}]}]}""")
                .exchange());
        Integer id = JsonPath.read(created, "$.id");
        assertThat(mvc.get().uri("/api/projects/" + id + "/commitments").exchange()).hasStatus(404);
        MvcTestResult editor = mvc.get().uri("/api/projects/" + id + "/commitments")
                .with(accounts.as(accounts.editorOf("MTÜ Kodukant Läänemaa"))).exchange();
        assertThat(editor).hasStatus(200);
        assertThat(column(Responses.body(editor), "status")).containsExactly("not_started");
    }

    private String commitments(String title, String query) {
        long id = SeedProjects.id(mvc, title);
        String q = query.isEmpty() ? "" : query.startsWith("?") ? query : "?as_of=" + query;
        MvcTestResult result = mvc.get().uri("/api/projects/" + id + "/commitments" + q).exchange();
        assertThat(result).hasStatus(200);
        return Responses.body(result);
    }

    private static List<String> column(String body, String field) {
        return JsonPath.read(body, "$.commitments[*]." + field);
    }
}
