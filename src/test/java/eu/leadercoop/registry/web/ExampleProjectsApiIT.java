package eu.leadercoop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The four example projects, read back through {@code GET /api/projects}: every figure the seeds state. */
@IntegrationTest
class ExampleProjectsApiIT {

    static final String PIIRKONDADE = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
    static final String ARUKAD_KULAD = "Arukate külade arenguprogramm";
    static final String VUNKI_MANO = "Vunki mano! loometalgud";
    static final String WSPOLPRACA = "Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich";

    @Autowired
    MockMvcTester mvc;

    Map<String, Integer> ids;

    @BeforeEach
    void findProjects() {
        String list = body("/api/projects");
        List<String> titles = JsonPath.read(list, "$.items[*].title");
        List<Integer> idList = JsonPath.read(list, "$.items[*].id");
        ids = new java.util.HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            ids.put(titles.get(i), idList.get(i));
        }
    }

    @Test
    void listsFourProjectsBecauseSeeds000And001DescribeTheSameOne() {
        String list = body("/api/projects");
        assertThat((Integer) JsonPath.read(list, "$.total_items")).isEqualTo(4);
        assertThat((List<String>) JsonPath.read(list, "$.items[*].title"))
                .containsExactly(PIIRKONDADE, WSPOLPRACA, ARUKAD_KULAD, VUNKI_MANO);
        assertThat((List<String>) JsonPath.read(list, "$.items[*].status"))
                .containsExactly("running", "completed", "completed", "completed");
    }

    @Test
    void theListIsPagedLatestStartFirst() {
        String first = body("/api/projects?page=0&size=3");
        assertThat((Integer) JsonPath.read(first, "$.size")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(first, "$.total_pages")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].period.start")).containsExactly("2024-01", "2022-07-01", "2021-01-01");
        String second = body("/api/projects?page=1&size=3");
        assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].title")).containsExactly("Vunki mano! loometalgud");
    }

    @Test
    void mergedProjectHasSixPartnersLeadFirstAndKodukantLaanemaaJoinedInMarch2024() {
        String p = project(PIIRKONDADE);
        assertThat((String) JsonPath.read(p, "$.period.start")).isEqualTo("2024-01");
        assertThat((String) JsonPath.read(p, "$.period.end")).isEqualTo("2025-06");
        assertThat((String) JsonPath.read(p, "$.period.as_written")).isEqualTo("jaanuar 2024 – juuni 2025");
        assertThat((List<String>) JsonPath.read(p, "$.partners[*].name")).containsExactly(
                "MTÜ Lääne-Harju Koostöökogu", "MTÜ Põhja-Harju Koostöökogu", "MTÜ Nelja Valla Kogu",
                "MTÜ Raplamaa Partnerluskogu", "MTÜ Kodukant Läänemaa", "MTÜ Ida-Harju Koostöökoda");
        assertThat((List<String>) JsonPath.read(p, "$.partners[*].role"))
                .containsExactly("lead_partner", "partner", "partner", "partner", "partner", "partner");
        assertThat((List<String>) JsonPath.read(p, "$.partners[?(@.name == 'MTÜ Kodukant Läänemaa')].joined"))
                .containsExactly("2024-03-01");
        assertThat((List<String>) JsonPath.read(p, "$.partners[?(@.name != 'MTÜ Kodukant Läänemaa')].joined")).isEmpty();
    }

    @Test
    void mergedProjectKeepsSharedGoalsAndJointActivitiesOnceAndEachPartnersOwnActivities() {
        String p = project(PIIRKONDADE);
        assertThat((List<String>) JsonPath.read(p, "$.goals")).hasSize(5)
                .last().isEqualTo("LEADER tegevusrühmade tegevmeeskondade ja juhatuse liikmete teadmusbaas on suurenenud.");
        assertThat((List<String>) JsonPath.read(p, "$.activities[?(@.scope == 'joint')].label")).containsExactly("1", "2", "3");
        assertThat((List<String>) JsonPath.read(p, "$.activities[?(@.partner == 'MTÜ Ida-Harju Koostöökoda')].label"))
                .containsExactly("1", "2", "3", "4");
        assertThat((List<String>) JsonPath.read(p, "$.activities[?(@.partner == 'MTÜ Kodukant Läänemaa')].label"))
                .containsExactly("1", "2", "3");
        assertThat((Integer) JsonPath.read(p, "$.activities[2].commitments[0].min_count")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(p, "$.activities[2].commitments[0].event_types")).containsExactly("meeting");
        assertThat((Boolean) JsonPath.read(p, "$.activities[2].commitments[0].distinct_regions")).isTrue();
        assertThat((Boolean) JsonPath.read(p, "$.activities[1].commitments[0].physical_only")).isTrue();
    }

    @Test
    void mergedProjectListsKklmsSevenEventsInTimeOrderWithTheirDates() {
        String p = project(PIIRKONDADE);
        assertThat((List<String>) JsonPath.read(p, "$.events[*].start"))
                .containsExactly("2024-03-14", "2024-03-15", "2024-06-04", "2024-08-23", "2024-11", "2024-11-08", "2025-21");
        assertThat((List<String>) JsonPath.read(p, "$.events[*].type")).containsExactly(
                "online_meeting", "online_meeting", "conference", "study_trip", "year_end_event", "seminar", "study_trip_abroad");
        assertThat((List<String>) JsonPath.read(p, "$.events[?(@.type == 'conference')].end")).containsExactly("2024-06-07");
        assertThat((List<String>) JsonPath.read(p, "$.events[?(@.type == 'conference')].country")).containsExactly("RO");
        assertThat((List<String>) JsonPath.read(p, "$.events[?(@.type == 'study_trip')].date_as_written")).containsExactly("23.-24.08 2024");
        assertThat((List<String>) JsonPath.read(p, "$.media[*].date")).containsExactly("2024-03-01");
        assertThat((List<String>) JsonPath.read(p, "$.contacts[*].email")).containsExactly("kai.kulbok@kklm.ee");
        assertThat((List<String>) JsonPath.read(p, "$.contacts[*].phone")).containsExactly("+372 552 2385");
        assertThat((List<String>) JsonPath.read(p, "$.sources[*].period_as_written"))
                .containsExactly("jaanuar 2024 – juuni 2025", "veebruar 2024 – juuni 2025");
    }

    @Test
    void smartVillagesProjectStatesAllPartnersBudgetAndJapsCostAndGrant() {
        String p = project(ARUKAD_KULAD);
        assertThat((String) JsonPath.read(p, "$.reference_number")).isEqualTo("19302100001");
        assertThat((String) JsonPath.read(p, "$.local_code")).isEqualTo("2021/1");
        assertThat((String) JsonPath.read(p, "$.period.start")).isEqualTo("2021-01-01");
        assertThat((String) JsonPath.read(p, "$.period.end")).isEqualTo("2022-12-31");
        assertThat((List<String>) JsonPath.read(p, "$.partners[*].name")).hasSize(13);
        assertThat(p).contains("\"partners_total\":{\"amount\":251928.00,\"currency\":\"EUR\"}");
        assertThat((List<String>) JsonPath.read(p, "$.budget.lines[*].organisation")).containsExactly("MTÜ Järva Arengu Partnerid");
        assertThat(p).contains("\"cost\":33000.00", "\"grant\":29700.00", "\"own_contribution\":3300.00",
                "\"own_contribution_derived\":true", "\"grant_rate\":0.9000");
        assertThat((List<?>) JsonPath.read(p, "$.budget.warnings")).isEmpty();
        assertThat((List<Double>) JsonPath.read(p, "$.expected_results[?(@.target)].target")).containsExactly(5.0);
    }

    @Test
    void vunkiManoCostIsGrantPlusOwnContributionToTheCent() {
        String p = project(VUNKI_MANO);
        assertThat((String) JsonPath.read(p, "$.period.start")).isEqualTo("2019-09");
        assertThat((String) JsonPath.read(p, "$.period.end")).isEqualTo("2021-12");
        assertThat((List<String>) JsonPath.read(p, "$.partners[*].role")).containsExactly("applicant", "partner");
        assertThat(p).contains("\"cost\":33002.80", "\"grant\":29702.52", "\"own_contribution\":3300.28",
                "\"own_contribution_derived\":false");
        assertThat((List<?>) JsonPath.read(p, "$.budget.warnings")).isEmpty();
        assertThat((String) JsonPath.read(p, "$.funding.programme")).isEqualTo("MTÜ Võrumaa Partnerluskogu strateegia");
        assertThat((List<Double>) JsonPath.read(p, "$.expected_results[?(@.target)].target")).containsExactly(200.0, 20.0);
        assertThat((List<String>) JsonPath.read(p, "$.expected_results[?(@.target)].unit")).containsExactly("participants", "initiatives");
        assertThat((List<String>) JsonPath.read(p, "$.events[*].start")).containsExactly("2020-03", "2021-03");
    }

    @Test
    void polishProjectHasFourNetworkPartnersAndABudgetInZloty() {
        String p = project(WSPOLPRACA);
        assertThat((String) JsonPath.read(p, "$.language")).isEqualTo("pl");
        assertThat((String) JsonPath.read(p, "$.period.start")).isEqualTo("2022-07-01");
        assertThat((String) JsonPath.read(p, "$.period.end")).isEqualTo("2023-10-31");
        assertThat(p).contains("\"partners_total\":{\"amount\":176072.20,\"currency\":\"PLN\"}");
        assertThat((List<String>) JsonPath.read(p, "$.partners[*].role")).containsOnly("network_partner").hasSize(4);
        assertThat((List<String>) JsonPath.read(p, "$.contacts[*].email")).containsExactly("biuro@lgdkrasnik.pl");
        assertThat((String) JsonPath.read(p, "$.funding.priority")).startsWith("Priorytet 6 PROW");
    }

    @Test
    void unknownProjectIsA404() {
        assertThat(mvc.get().uri("/api/projects/999999")).hasStatus(404);
    }

    private String project(String title) {
        return body("/api/projects/" + ids.get(title));
    }

    private String body(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }
}
