package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /api/projects/{id}/indicators}: the seed targets, and sums over a project's recorded participants. */
@IntegrationTest
@Transactional
class IndicatorsApiIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void vunkiManoPromisesAbout200ParticipantsAndAbout20InitiativesWithNothingRecordedYet() {
        String body = Responses.body(mvc.get().uri("/api/projects/" + SeedProjects.id(mvc, SeedProjects.VUNKI_MANO) + "/indicators").exchange());
        assertThat((List<Integer>) JsonPath.read(body, "$.indicators[*].position")).containsExactly(5, 6);
        assertThat((List<String>) JsonPath.read(body, "$.indicators[*].unit")).containsExactly("participants", "initiatives");
        assertThat((List<Boolean>) JsonPath.read(body, "$.indicators[*].approximate")).containsExactly(true, true);
        assertThat((List<String>) JsonPath.read(body, "$.indicators[*].achieved_from")).containsExactly("none", "none");
        assertThat((List<Object>) JsonPath.read(body, "$.indicators[*].percent")).isEmpty();
    }

    @Test
    void participantsOfHeldEventsRecordedAgainstAnActivityAddUpAndAnEnteredFigureIsTakenAsItIs() {
        String created = Responses.body(mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator())).contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "et", "titles": {"et": "Loometalgud 2024"}, "publication_state": "published",
                 "period": {"start": "2024-01", "end": "2024-12"},
                 "partners": [{"organisation": "SA Võrumaa Arenduskeskus", "role": "applicant"}],
                 "activities": [{"key": "talgud", "text": "Kahed loometalgud",
                                 "commitments": [{"min_count": 2, "event_types": ["hackathon"]}]}],
                 "expected_results": [
                   {"text": "Osaleb ca 200 inimest", "target": 200, "unit": "participants", "approximate": true},
                   {"text": "ca 20 algatust", "target": 20, "unit": "initiatives", "approximate": true, "achieved": 17}],
                 "events": [
                   {"title": "Talgud I", "type": "hackathon", "activity": "talgud", "date": {"start": "2024-03-15"}, "participants": 120},
                   {"title": "Talgud II", "type": "hackathon", "activity": "talgud", "date": {"start": "2024-08-20"}, "participants": 85},
                   {"title": "Infopäev", "type": "seminar", "date": {"start": "2024-05-02"}, "participants": 40},
                   {"title": "Talgud III", "type": "hackathon", "activity": "talgud", "date": {"start": "2024-10-10"}, "participants": 60}]}""")
                .exchange());
        Integer id = JsonPath.read(created, "$.id");
        String body = Responses.body(mvc.get().uri("/api/projects/" + id + "/indicators").exchange()); // today is 01.09.2024
        assertThat((String) JsonPath.read(body, "$.as_of")).isEqualTo("2024-09-01");
        assertThat(decimal(body, "$.indicators[0].achieved")).isEqualByComparingTo("205"); // 120 + 85; not the seminar, not October
        assertThat((String) JsonPath.read(body, "$.indicators[0].achieved_from")).isEqualTo("events");
        assertThat(decimal(body, "$.indicators[0].percent")).isEqualByComparingTo("103"); // 102.5 % rounded half up
        assertThat(decimal(body, "$.indicators[1].achieved")).isEqualByComparingTo("17");
        assertThat(decimal(body, "$.indicators[1].percent")).isEqualByComparingTo("85");
        String december = Responses.body(mvc.get().uri("/api/projects/" + id + "/indicators?as_of=2024-12-31").exchange());
        assertThat(decimal(december, "$.indicators[0].achieved")).isEqualByComparingTo("265"); // + 60 in October
        assertThat(decimal(december, "$.indicators[0].percent")).isEqualByComparingTo("133");
    }

    private static BigDecimal decimal(String body, String path) {
        return new BigDecimal(JsonPath.read(body, path).toString());
    }
}
