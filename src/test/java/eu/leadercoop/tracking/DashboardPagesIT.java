package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards and the statuses on the project page, rendered and read back. On 01.09.2024 the example
 * projects' 14 commitments are: Piirkondade 2 met, 1 on track, 5 not started; Arukate külade 4 missed;
 * Vunki mano 1 met; Współpraca 1 missed.
 */
@IntegrationTest
class DashboardPagesIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theProjectPageShowsEachCommitmentsStatusAndWhyBesideItAndLinksTheDashboard() {
        long id = SeedProjects.id(mvc, SeedProjects.PIIRKONDADE);
        Document en = page("/projects/" + id, "en");
        assertThat(en.select(".lc-commitment-tracking").eachText()).containsExactly(
                "met 1 of 1 meetings, seminars or study trips held (23–24 August 2024)",
                "not started 0 of 1 seminars (in person) held; 1 planned (8 November 2024); 1 more needed by 30 June 2025",
                "on track 1 of 3 meetings held (online); 1 not counted (region already used); 2 more needed in regions not yet used by 30 June 2025",
                "not started 0 of 1 study trips abroad held; 1 more needed by 30 June 2025; 1 event of this kind is not recorded against this activity",
                "not started 0 of 1 conferences or seminars held; 1 more needed by 30 June 2025",
                "not started 0 of 1 study trips abroad held; 1 planned (spring 2025); 1 more needed by 30 June 2025",
                "not started 0 of 1 major events held; 1 planned (November 2024); 1 more needed by 30 June 2025",
                "met 1 of 1 conferences or seminars held (4–7 June 2024)");
        assertThat(en.select(".lc-commitment-status.text-bg-success")).hasSize(2);
        assertThat(en.selectFirst("a.lc-dashboard-link").attr("href")).isEqualTo("/dashboards/projects/" + id);
        Document et = page("/projects/" + id, "et");
        assertThat(et.select(".lc-commitment-tracking").get(2).text()).isEqualTo("graafikus koosolekud: toimunud 1/3 (veebis); "
                + "1 ei lähe arvesse (piirkond juba kasutatud); vaja veel 2, igaüks eri uues piirkonnas, hiljemalt 30.06.2025");
        assertThat(et.select(".lc-commitment").eachText()).contains("vähemalt 3 × koosolek · erinevates partnerite piirkondades");
    }

    @Test
    void theNetworkDashboardCountsEveryCommitmentListsWhatIsDueAndAddsTheEuroBudgets() {
        Document d = page("/dashboards/network", "en");
        assertThat(d.selectFirst("h1").text()).isEqualTo("Dashboard: the LeaderCoop network");
        assertThat(d.select(".lc-status-counts tbody tr").eachText())
                .containsExactly("met 3", "on track 1", "not started 5", "at risk 0", "missed 5");
        assertThat(d.select(".lc-upcoming tbody tr")).hasSize(6);
        assertThat(d.select(".lc-upcoming tbody tr").get(0).text()).isEqualTo(
                "30 June 2025 " + SeedProjects.PIIRKONDADE + " Joint activity 2: Vähemalt ühe füüsilise koostööseminari korraldamine not started");
        assertThat(d.select(".lc-indicators tbody tr").eachText()).containsExactly(
                SeedProjects.ARUKAD_KULAD + " Kokku on arvestatud 5 tööpäeva mentortuge igale külale/piirkonnale 5 mentor days per village not known nothing recorded yet",
                SeedProjects.VUNKI_MANO + " Projekti käigus osaleb loometalgutel kokku ca 200 inimest erinevatest sektoritest, organisatsioonidest ja kogukondadest ~200 participants not known nothing recorded yet",
                SeedProjects.VUNKI_MANO + " toetatud on ca 20 algatuse käivitamist või edasiarendus ~20 initiatives not known nothing recorded yet");
        // 251 928 € + 33 002,80 €; the 176 072,20 zł of Współpraca have no rate here
        assertThat(d.selectFirst(".lc-total-eur").text()).isEqualTo("€284,930.80");
        assertThat(d.select(".lc-budgets tbody tr").eachText()).contains(
                SeedProjects.WSPOLPRACA + " PLN176,072.20 no ECB rate for PLN");
        assertThat(d.select("script").eachAttr("src")).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/tracking-dashboard.js");
        assertThat(d.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(d.selectFirst("[data-dashboard-source]").attr("data-dashboard-source"))
                .isEqualTo("/api/dashboards/network?as_of=2024-09-01&lang=en");
    }

    @Test
    void aProjectDashboardOnAnotherDayShowsTheMeetingsAtRisk() {
        long id = SeedProjects.id(mvc, SeedProjects.PIIRKONDADE);
        Document d = page("/dashboards/projects/" + id + "?as_of=2025-05-02", "pl");
        assertThat(d.selectFirst("h1").text()).isEqualTo("Pulpit: " + SeedProjects.PIIRKONDADE);
        assertThat(d.select(".lc-status-counts tbody tr").eachText())
                .containsExactly("spełnione 4", "zgodnie z planem 0", "nierozpoczęte 3", "zagrożone 1", "niespełnione 0");
        assertThat(d.select(".lc-commitments li")).hasSize(8);
        assertThat(d.select(".lc-commitments li").get(2).text()).startsWith(
                "zagrożone Działanie wspólne 3: Vähemalt kolme koosoleku korraldamine erinevates projekti piirkondades "
                        + "spotkania: zrealizowano 1 z 3 (online)");
        assertThat(d.selectFirst("#as-of").attr("value")).isEqualTo("2025-05-02");
    }

    @Test
    void anOrganisationsDashboardHasTheJointCommitmentsOfItsProjectsAndItsOwnNotOtherPartners() {
        String list = Responses.body(mvc.get().uri("/api/organisations?size=100").exchange());
        Integer idaHarju = ((List<Integer>) JsonPath.read(list, "$.items[?(@.name == 'MTÜ Ida-Harju Koostöökoda')].id")).getFirst();
        Document org = page("/organisations/" + idaHarju, "en");
        assertThat(org.selectFirst("a.lc-dashboard-link").attr("href")).isEqualTo("/dashboards/organisations/" + idaHarju);
        Document d = page("/dashboards/organisations/" + idaHarju, "en");
        assertThat(d.select(".lc-commitments li")).hasSize(9); // Piirkondade: joint 1-3 and its own 2 and 4; Arukate külade: 4 joint
        assertThat(d.select(".lc-commitments li").eachText()).noneMatch(t -> t.contains("MTÜ Kodukant Läänemaa"));
        String json = Responses.body(mvc.get().uri("/api/dashboards/organisations/" + idaHarju + "?lang=et").exchange());
        assertThat((List<String>) JsonPath.read(json, "$.timeline.rows[*].label"))
                .containsExactly(SeedProjects.PIIRKONDADE, SeedProjects.ARUKAD_KULAD);
        assertThat((List<String>) JsonPath.read(json, "$.timeline.rows[*].status")).containsExactly("not_started", "missed");
        assertThat((List<String>) JsonPath.read(json, "$.status_counts[*].label"))
                .containsExactly("täidetud", "graafikus", "alustamata", "ohus", "täitmata");
    }

    @Test
    void theProjectTimelineHasARowPerActivityWithItsEventsOnIt() {
        long id = SeedProjects.id(mvc, SeedProjects.PIIRKONDADE);
        String json = Responses.body(mvc.get().uri("/api/dashboards/projects/" + id).exchange());
        assertThat((List<String>) JsonPath.read(json, "$.timeline.rows[*].status"))
                .containsExactly("met", "not_started", "on_track", "not_started", "not_started", "not_started", "not_started", "met");
        assertThat((String) JsonPath.read(json, "$.timeline.rows[0].start")).isEqualTo("2024-01-01");
        assertThat((String) JsonPath.read(json, "$.timeline.rows[0].label")).isEqualTo(
                "1. Partnerite liikmeskonnale vähemalt ühe õppereisi, kohtumise või…");
        assertThat((String) JsonPath.read(json, "$.timeline.rows[0].end")).isEqualTo("2025-06-30");
        // events in time order: the online meetings (joint 3), LINC (KKLM 3), the study trip (joint 1), the year-end
        // event (KKLM 2: 11/2024 sorts before 08.11.2024), the seminar (joint 2), the trip abroad (KKLM 1)
        assertThat((List<Integer>) JsonPath.read(json, "$.timeline.items[*].row")).containsExactly(2, 2, 7, 0, 6, 1, 5);
        assertThat((List<String>) JsonPath.read(json, "$.timeline.items[*].type")).first().isEqualTo("online meeting");
        assertThat(page("/dashboards/projects/" + id, "en").selectFirst("#timeline + p").text()).isEqualTo(
                "Each activity from the project's start to its deadline, coloured by the status of its commitments; the marks are its events.");
    }

    @Test
    @Transactional
    void theMoneyOfAProjectSaysWhichRateConvertedItAndFromWhichDay() {
        long id = SeedProjects.id(mvc, SeedProjects.WSPOLPRACA);
        rates.importFile("fixture.csv", MoneyChecksIT.csv(MoneyChecksIT.FIXTURE_RATES)); // test fixture, not ECB figures
        Document d = page("/dashboards/projects/" + id, "pl");
        assertThat(d.select("#money ~ p").eachText()).contains(
                "Budżet wszystkich partnerów: 176 072,20 zł ≈ 40 016,41 € (1 EUR = 4,4000 PLN, kurs referencyjny EBC z 31.10.2023)");
    }

    @Test
    void unknownProjectsAndBadDaysGetErrorPages() {
        assertThat(mvc.get().uri("/dashboards/projects/999999").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/dashboards/projects/999999").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/dashboards/network?as_of=yesterday").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/dashboards/network?as_of=yesterday").exchange()).hasStatus(400);
    }

    @Autowired
    Rates rates;

    private Document page(String uri, String lang) {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, lang).exchange();
        assertThat(result).hasStatus(200);
        return Jsoup.parse(Responses.body(result));
    }
}
