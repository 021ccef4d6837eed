package eu.leadercoop.registry.web;

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
 * {@code POST /api/projects} (here by an administrator): a valid record is saved whole; a bad one is
 * refused field by field and nothing is saved.
 */
@IntegrationTest
@Transactional
class ProjectApiWritesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Projects projects;

    @Autowired
    TestAccounts accounts;

    @Test
    void refusesAMissingTitleAnEndBeforeTheStartANegativeAmountAndAnUnknownCurrencyNamingEachField() {
        long before = projects.count();
        MvcTestResult result = post("""
                {"language": "et", "titles": {},
                 "period": {"start": "2025-06", "end": "jaanuar 2024"},
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner",
                               "budget": {"cost": -100, "currency": "EUX"}}]}""");
        assertThat(result).hasStatus(400);
        String body = Responses.body(result);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactlyInAnyOrder(
                "titles", "period.end", "partners[0].budget.cost", "partners[0].budget.currency");
        assertThat((List<String>) JsonPath.read(body, "$.errors[?(@.field == 'partners[0].budget.currency')].message"))
                .containsExactly("'EUX' is not an ISO 4217 currency code");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void refusesAPartnerNobodyKnowsAndAnEventForAnActivityThatDoesNotExist() {
        MvcTestResult result = post("""
                {"language": "en", "titles": {"en": "Test"},
                 "partners": [{"organisation": "LAG Nowhere"}],
                 "events": [{"title": "Kick-off", "type": "meeting", "activity": "no-such-key",
                             "date": {"start": "31.02.2024"}}]}""");
        assertThat(result).hasStatus(400);
        String body = Responses.body(result);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactlyInAnyOrder(
                "partners[0].organisation", "events[0].activity", "events[0].date.start");
    }

    @Test
    void aPartnerThatLeavesBeforeItJoinedIsRefusedNamingWhenItLeft() {
        MvcTestResult result = post("""
                {"language": "et", "titles": {"et": "Liitujad"}, "partners": [
                  {"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner"},
                  {"organisation": "MTÜ Kodukant Läänemaa", "joined": "01.03.2024", "left": "2023"}]}""");
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("partners[1].left");
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo("end_before_start");
    }

    @Test
    void partnersCostsAboveTheBudgetOfAllPartnersAreFlaggedAndCostsInAnotherCurrencyAreNotAddedUpWithIt() {
        String above = Responses.body(post("""
                {"language": "et", "titles": {"et": "Üle eelarve"}, "partners_total": {"amount": 1000, "currency": "EUR"},
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner",
                               "budget": {"cost": 600, "grant": 540, "currency": "EUR"}},
                              {"organisation": "MTÜ Kodukant Läänemaa", "budget": {"cost": 500.50, "grant": 450, "currency": "EUR"}}]}"""));
        assertThat(JsonPath.<List<String>>read(above, "$.budget.warnings[*].code")).containsExactly("partners_above_total");
        assertThat(JsonPath.<List<Double>>read(above, "$.budget.warnings[0].amounts")).containsExactly(1100.50, 1000.00);

        String mixed = Responses.body(post("""
                {"language": "et", "titles": {"et": "Kaks valuutat"}, "partners_total": {"amount": 1000, "currency": "EUR"},
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner",
                               "budget": {"cost": 600, "grant": 540, "currency": "EUR"}},
                              {"organisation": "Lokalna Grupa Działania „Puszcza Kozienicka”",
                               "budget": {"cost": 2000, "grant": 1800, "currency": "PLN"}}]}"""));
        assertThat(JsonPath.<List<String>>read(mixed, "$.budget.warnings[*].code")).containsExactly("partners_not_compared");
        assertThat((String) JsonPath.read(mixed, "$.budget.warnings[0].message"))
                .isEqualTo("partners' costs in PLN are not compared with the budget of all partners in EUR: they are in another currency");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        MvcTestResult result = post("""
                {"language": "en", "titles": {"en": "Test"}, "partners_total": {"amount": "lots", "currency": "EUR"}}""");
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("partners_total.amount");
    }

    @Test
    void savesAWholeRecordWithPartnersActivitiesCommitmentsAndEventsAsPeopleWriteDates() {
        MvcTestResult result = post("""
                {"language": "et", "titles": {"et": "Külade koostöö", "en": "Village cooperation"},
                 "period": {"start": "kevad 2025", "end": "detsember 2026"},
                 "publication_state": "published",
                 "partners": [{"organisation": "Raplamaa Partnerluskogu MTÜ", "role": "lead_partner",
                               "budget": {"cost": 1000, "grant": 900, "own_contribution": 150, "currency": "eur"}},
                              {"organisation": "KKLM", "joined": "01.03.2026"}],
                 "activities": [{"key": "a1", "label": "1", "text": "Vähemalt kahe õppereisi korraldamine.",
                                 "commitments": [{"min_count": 2, "event_types": ["study_trip"]}]}],
                 "events": [{"title": "Õppereis Soome", "type": "study_trip_abroad", "activity": "a1",
                             "date": {"start": "23.-24.08 2025"}, "country": "fi"}]}""");
        assertThat(result).hasStatus(201);
        String body = Responses.body(result);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/projects/" + JsonPath.read(body, "$.id"));
        assertThat((String) JsonPath.read(body, "$.period.start")).isEqualTo("2025-21");
        assertThat((String) JsonPath.read(body, "$.period.end")).isEqualTo("2026-12");
        assertThat((List<String>) JsonPath.read(body, "$.partners[*].name"))
                .containsExactly("MTÜ Raplamaa Partnerluskogu", "MTÜ Kodukant Läänemaa");
        assertThat((String) JsonPath.read(body, "$.partners[1].joined")).isEqualTo("2026-03-01");
        assertThat((String) JsonPath.read(body, "$.events[0].start")).isEqualTo("2025-08-23");
        assertThat((String) JsonPath.read(body, "$.events[0].end")).isEqualTo("2025-08-24");
        assertThat((String) JsonPath.read(body, "$.events[0].country")).isEqualTo("FI");
        assertThat((String) JsonPath.read(body, "$.budget.warnings[0].code")).isEqualTo("sum_differs");
        assertThat((String) JsonPath.read(body, "$.budget.warnings[0].message")).isEqualTo(
                "MTÜ Raplamaa Partnerluskogu: grant 900.00 + own contribution 150.00 = 1050.00, but the stated cost is 1000.00");

        Object id = JsonPath.read(body, "$.id");
        assertThat(mvc.get().uri("/api/projects/" + id + "?lang=en"))
                .hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Village cooperation");
    }

    @Test
    void aDraftIsNotPublic() {
        MvcTestResult result = post("""
                {"language": "en", "titles": {"en": "Not yet public"}}""");
        assertThat(result).hasStatus(201);
        Object id = JsonPath.read(Responses.body(result), "$.id");
        assertThat(mvc.get().uri("/api/projects/" + id)).hasStatus(404);
    }

    @Test
    void nobodySignedInMayCreateAProject() {
        long before = projects.count();
        assertThat(mvc.post().uri("/api/projects").with(accounts.anonymous()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"language": "en", "titles": {"en": "Anonymous"}}""")).hasStatus(401);
        assertThat(projects.count()).isEqualTo(before);
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
