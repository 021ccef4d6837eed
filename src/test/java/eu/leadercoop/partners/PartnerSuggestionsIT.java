package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Partner suggestions on the example projects plus synthetic ones: two groups that ran study trips abroad
 * together and again with a third, two that only mended village roads (with LEADER cooperation words, so
 * that they match part of the question), an asking group with a partner in a project still running, and
 * a group that worked with the asker in a project that has ended. "Today" is 1 September 2024.
 */
@PartnersIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSuggestionsIT {

    static final String QUESTION = "õppereis välismaale LEADER koostöö";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Projects projects;

    @Autowired
    TestAccounts accounts;

    long asker;
    long current;
    long pastPartner;
    long tripOne;
    long tripTwo;
    long tripThree;
    long roadsOne;
    long roadsTwo;
    long friendOfPast;
    ProjectDetails trips;

    @BeforeAll
    void fixture() {
        PartnerFixtures f = new PartnerFixtures(organisations, projects);
        asker = f.organisation("Suggest Küsija Koostöökogu", "EE");
        current = f.organisation("Suggest Praegune Partner", "EE");
        pastPartner = f.organisation("Suggest Endine Partner", "LV");
        tripOne = f.organisation("Suggest Reisijate Kogu", "EE");
        tripTwo = f.organisation("Suggest Matkajate Leader ry", "FI");
        tripThree = f.organisation("Suggest Rändurite Partnerluskogu", "EE");
        roadsOne = f.organisation("Suggest Teede Kogu", "EE");
        roadsTwo = f.organisation("Suggest Veevärgi Partnerid", "EE");
        friendOfPast = f.organisation("Suggest Sõprade Biedrība", "LV");
        trips = f.project("Välisõppereis Soome LEADER tegevusrühmadesse", "Kahe tegevusrühma liikmete õppereis välismaale: "
                + "tutvume Soome külade koostöö ja kogukonnateenustega.", "2023-05", "2024-06", List.of(tripOne, tripTwo),
                List.<String[]>of(new String[] {"Õppereis Soome", "study_trip_abroad", "2023-09"}));
        f.project("Õppereisid välismaale kogukonnajuhtidele", "Õppereisid Lätti ja Leetu, koostööseminar ja kogemusvahetus "
                + "LEADER tegevusrühmade vahel.", "2022-03", "2023-12", List.of(tripThree, tripOne),
                List.<String[]>of(new String[] {"Õppereis Lätti", "study_trip_abroad", "2022-10"}));
        f.project("Külateede korrastamine LEADER koostöö toel", "Koostööprojekt külateede ja veevärgi uuendamiseks, "
                + "talgud ja koosolekud.", "2023-01", "2024-05", List.of(roadsOne, roadsTwo),
                List.<String[]>of(new String[] {"Talgupäev", "meeting", "2023-06"}));
        f.project("Meie liikmete õppereis välismaale", "Küsija ja tema partneri õppereis välismaale LEADER koostöö korras.",
                "2024-01", "2025-12", List.of(asker, current), List.<String[]>of(new String[] {"Õppereis Rootsi", "study_trip_abroad", "2024-05"}));
        f.project("Lõppenud koostöö", "Ühine trükis küladest.", "2019-01", "2020-12", List.of(asker, pastPartner), List.of());
        f.project("Külaraamatukogude võrgustik", "Raamatukogude ühine kataloog.", "2018-01", "2019-12", List.of(pastPartner, friendOfPast),
                List.of());
    }

    @Test
    void groupsThatRanStudyTripsRankAboveThoseThatDidNot() {
        List<Long> ranked = ids(suggest("text=" + QUESTION + "&organisation=" + asker + "&lang=et&limit=50"));

        assertThat(ranked).contains(tripOne, tripTwo, tripThree, roadsOne, roadsTwo);
        int lastTrip = List.of(tripOne, tripTwo, tripThree).stream().mapToInt(ranked::indexOf).max().orElseThrow();
        int firstRoads = List.of(roadsOne, roadsTwo).stream().mapToInt(ranked::indexOf).min().orElseThrow();
        assertThat(lastTrip).as("every study-trip group before every roads group: %s", ranked).isLessThan(firstRoads);
        // tripOne ran two study-trip projects, the others one each
        assertThat(ranked.indexOf(tripOne)).isLessThan(ranked.indexOf(tripTwo)).isLessThan(ranked.indexOf(roadsOne));
    }

    @Test
    void theAskingOrganisationAndItsCurrentPartnersNeverAppear() {
        List<Long> ranked = ids(suggest("text=" + QUESTION + "&organisation=" + asker + "&lang=en&limit=50"));

        assertThat(ranked).doesNotContain(asker, current).contains(pastPartner);

        List<Long> forTrips = ids(suggest("project=" + trips.id() + "&lang=en&limit=50"));
        assertThat(forTrips).doesNotContain(tripOne, tripTwo).contains(tripThree);
    }

    @Test
    void everySuggestionHasItsReasonsInTheAskedLanguage() {
        String json = suggest("text=" + QUESTION + "&organisation=" + asker + "&lang=et&limit=50");

        List<Map<String, Object>> suggestions = JsonPath.read(json, "$.suggestions");
        assertThat(suggestions).isNotEmpty();
        for (Map<String, Object> s : suggestions) {
            List<String> reasons = JsonPath.read(s, "$.reasons[*].text");
            assertThat(reasons).as("reasons of %s", s).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        }
        List<String> tripOneReasons = JsonPath.read(json, "$.suggestions[?(@.organisation.id == " + tripOne + ")].reasons[*].text");
        assertThat(tripOneReasons).anySatisfy(r -> assertThat(r).startsWith("Osales sarnastes projektides: ")
                .contains("«Välisõppereis Soome LEADER tegevusrühmadesse»", "«Õppereisid välismaale kogukonnajuhtidele»"));
        List<String> pastReasons = JsonPath.read(json, "$.suggestions[?(@.organisation.id == " + pastPartner + ")].reasons[*].text");
        assertThat(pastReasons).contains("On sinuga varem koostööd teinud: «Lõppenud koostöö»");
        List<String> polish = JsonPath.read(suggest("text=" + QUESTION + "&organisation=" + asker + "&lang=pl&limit=50"),
                "$.suggestions[?(@.organisation.id == " + pastPartner + ")].reasons[*].code");
        assertThat(polish).contains("past_partner");
    }

    @Test
    void earlierPartnersAndPartnersOfPartnersAreSaidToBeSo() {
        String json = suggest("text=" + QUESTION + "&organisation=" + asker + "&lang=et&limit=50");
        List<String> friend = JsonPath.read(json, "$.suggestions[?(@.organisation.id == " + friendOfPast + ")].reasons[*].text");
        assertThat(friend).containsExactly("Sinu partneri Suggest Endine Partner partner");

        // for the trips project, led by tripOne, tripThree is tripOne's partner in a project that has ended
        String forProject = suggest("project=" + trips.id() + "&lang=en&limit=50");
        List<String> reasons = JsonPath.read(forProject, "$.suggestions[?(@.organisation.id == " + tripThree + ")].reasons[*].code");
        assertThat(reasons).contains("similar_projects", "past_partner");
    }

    @Test
    void theQuestionIsCheckedAndNamed() {
        MvcTestResult none = mvc.get().uri("/api/partners/suggest?lang=et").exchange();
        assertThat(none.getResponse().getStatus()).isEqualTo(400);
        assertThat(Responses.body(none)).contains("\"text\"");

        MvcTestResult both = mvc.get().uri("/api/partners/suggest?text=x&offer=1&limit=0").exchange();
        assertThat(both.getResponse().getStatus()).isEqualTo(400);
        assertThat(Responses.body(both)).contains("\"limit\"");
    }

    @Test
    void theSuggestPageListsOrganisationsWithReasons() {
        MvcTestResult page = mvc.get().uri("/partners/suggest?lang=et&text=" + QUESTION).exchange();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(Responses.body(page)).contains("Suggest Reisijate Kogu", "Osales sarnastes projektides");
    }

    private String suggest(String query) {
        MvcTestResult result = mvc.get().uri("/api/partners/suggest?" + query).exchange();
        assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isEqualTo(200);
        return Responses.body(result);
    }

    private static List<Long> ids(String json) {
        List<Number> ids = JsonPath.read(json, "$.suggestions[*].organisation.id");
        return ids.stream().map(Number::longValue).toList();
    }
}
