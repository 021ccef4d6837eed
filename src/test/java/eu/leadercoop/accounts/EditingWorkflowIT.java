package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The editing workflow over the API: drafts seen only by the project's partners and administrators,
 * publishing, edits that name the version they change (a stale one is a 409 with both versions, and
 * nothing is lost), field problems that save nothing, the history with who, when and what, restoring,
 * and merging duplicate organisations.
 */
@IntegrationTest
class EditingWorkflowIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsSeenOnlyByItsPartnersAndAdministratorsUntilTheCoordinatorPublishesIt() {
        long lead = organisation("Workflow Lead");
        long partner = organisation("Workflow Partner");
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        UserAccount partnerEditor = accounts.editorOfIds(Set.of(partner));
        UserAccount outsider = accounts.editorOfIds(Set.of(organisation("Workflow Outsider")));
        MvcTestResult created = send(HttpMethod.POST, "/api/projects", null, coordinator, """
                {"language": "en", "titles": {"en": "Draft for partners"}, "partners": [
                  {"organisation_id": %d, "role": "lead_partner"}, {"organisation_id": %d}]}""".formatted(lead, partner));
        assertThat(created).hasStatus(201);
        long id = ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();

        assertThat(mvc.get().uri("/api/projects/" + id)).hasStatus(404);
        assertThat(mvc.get().uri("/api/projects/" + id).with(accounts.as(outsider))).hasStatus(404);
        assertThat(mvc.get().uri("/projects/" + id)).hasStatus(404);
        assertThat(mvc.get().uri("/api/projects/" + id).with(accounts.as(partnerEditor))).hasStatusOk()
                .hasHeader("ETag", "\"0\"").bodyJson().extractingPath("$.publication_state").isEqualTo("draft");
        assertThat(Jsoup.parse(Responses.body(mvc.get().uri("/projects/" + id).with(accounts.as(partnerEditor)).exchange()))
                .selectFirst("h1").text()).isEqualTo("Draft for partners");
        assertThat(send(HttpMethod.POST, "/api/projects/" + id + "/publish", 0L, partnerEditor, null)).hasStatus(403);
        assertThat(mvc.get().uri("/api/me/projects").with(accounts.as(partnerEditor))).hasStatusOk()
                .bodyJson().extractingPath("$[*].title").asArray().containsExactly("Draft for partners");

        assertThat(send(HttpMethod.POST, "/api/projects/" + id + "/publish", 0L, coordinator, null)).hasStatusOk()
                .hasHeader("ETag", "\"1\"");
        assertThat(mvc.get().uri("/api/projects/" + id)).hasStatusOk().bodyJson().extractingPath("$.publication_state")
                .isEqualTo("published");
        assertThat(send(HttpMethod.POST, "/api/projects/" + id + "/goals", 1L, outsider, """
                {"text": "Not mine to add"}""")).as("published, but still not theirs").hasStatus(403);
    }

    @Test
    void eachPartIsCheckedFieldByFieldAndARefusedChangeSavesNothing() {
        Fixture f = fixture("Fields");
        assertThat(send(HttpMethod.PUT, f.uri("/core"), 0L, f.coordinator, """
                {"language": "xx", "titles": {}, "period": {"start": "2025", "end": "2024"}}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("language", "titles", "period.end");
        assertThat(send(HttpMethod.PUT, f.uri("/partners/" + f.partner + "/budget"), 0L, f.partnerEditor, """
                {"cost": -1, "currency": "EURO"}""")).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("cost", "currency");
        assertThat(send(HttpMethod.PUT, f.uri("/partners/" + f.partner), 0L, f.coordinator, """
                {"organisation_id": %d, "role": "partner"}""".formatted(f.lead))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("organisation_fixed");
        assertThat(send(HttpMethod.POST, f.uri("/activities"), 0L, f.partnerEditor, """
                {"partner": "Nobody Known", "text": ""}""")).hasStatus(400).bodyJson().extractingPath("$.errors[*].field")
                .asArray().containsExactlyInAnyOrder("partner", "text");
        assertThat(send(HttpMethod.POST, f.uri("/expected_results"), 0L, f.coordinator, """
                {"text": "Visitors", "target": "many"}""")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("target");
        assertThat(send(HttpMethod.DELETE, f.uri("/goals/7"), 0L, f.coordinator, null)).hasStatus(404);
        read(f.id, f.coordinator).extractingPath("$.version").isEqualTo(0);
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionGetsBothVersionsBackAndTheFirstStays() {
        Fixture f = fixture("Conflict");
        assertThat(send(HttpMethod.PUT, f.uri("/goals/0"), 0L, f.coordinator, """
                {"text": "First editor's goal"}""")).hasStatusOk().hasHeader("ETag", "\"1\"");
        MvcTestResult second = send(HttpMethod.PUT, f.uri("/goals/0"), 0L, f.coordinator, """
                {"text": "Second editor's goal"}""");
        assertThat(second).hasStatus(409).hasHeader("ETag", "\"1\"");
        String body = Responses.body(second);
        assertThat((Integer) JsonPath.read(body, "$.submitted_version")).isZero();
        assertThat((Integer) JsonPath.read(body, "$.current_version")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(body, "$.current.goals")).containsExactly("First editor's goal");
        assertThat((String) JsonPath.read(body, "$.submitted.text")).isEqualTo("Second editor's goal");
        read(f.id, f.coordinator).extractingPath("$.goals").asArray().containsExactly("First editor's goal");
    }

    @Test
    void twoEditsOfTheSameVersionAtTheSameMomentSaveOneAndRefuseTheOther() throws Exception {
        for (int round = 0; round < 3; round++) {
            Fixture f = fixture("Race " + round);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<MvcTestResult>> edits = new ArrayList<>();
                for (String text : List.of("Goal of the first", "Goal of the second")) {
                    edits.add(pool.submit(() -> {
                        start.await();
                        return send(HttpMethod.PUT, f.uri("/goals/0"), 0L, f.coordinator, "{\"text\": \"" + text + "\"}");
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                String saved = null;
                for (int i = 0; i < 2; i++) {
                    MvcTestResult result = edits.get(i).get();
                    statuses.add(result.getResponse().getStatus());
                    if (result.getResponse().getStatus() == 200) {
                        saved = i == 0 ? "Goal of the first" : "Goal of the second";
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                read(f.id, f.coordinator).extractingPath("$.goals").asArray().containsExactly(saved);
                read(f.id, f.coordinator).extractingPath("$.version").isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void anEditWithoutIfMatchIsRefusedWith428() {
        Fixture f = fixture("No version");
        assertThat(send(HttpMethod.POST, f.uri("/goals"), null, f.coordinator, """
                {"text": "A goal"}""")).hasStatus(428);
    }

    @Test
    void anEventWithWrongFieldsIsRefusedNamingEachFieldAndNothingIsSaved() {
        Fixture f = fixture("Bad event");
        MvcTestResult result = send(HttpMethod.POST, f.uri("/events"), 0L, f.partnerEditor, """
                {"title": " ", "type": "picnic", "date": {"start": "31.02.2024"}, "country": "XX",
                 "organisers": ["Bad event Partner"]}""");
        assertThat(result).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(result), "$.errors[*].field"))
                .containsExactlyInAnyOrder("title", "type", "date.start", "country");
        read(f.id, f.coordinator).extractingPath("$.version").isEqualTo(0);
    }

    @Test
    void theHistoryListsEveryChangeWithWhoAndWhatAndARestoreIsItselfAChange() {
        Fixture f = fixture("History");
        send(HttpMethod.PUT, f.uri("/goals/0"), 0L, f.coordinator, """
                {"text": "A sharper goal"}""");
        send(HttpMethod.POST, f.uri("/events"), 1L, f.partnerEditor, """
                {"title": "Partner's seminar", "type": "seminar", "organisers": ["History Partner"], "date": {"start": "kevad 2025"}}""");

        String history = Responses.body(mvc.get().uri(f.uri("/history")).with(accounts.as(f.partnerEditor)).exchange());
        assertThat((List<String>) JsonPath.read(history, "$[*].author")).containsExactly(
                f.partnerEditor.getEmail(), f.coordinator.getEmail(), f.coordinator.getEmail());
        assertThat((List<String>) JsonPath.read(history, "$[*].kind")).containsExactly("changed", "changed", "created");
        assertThat((List<Map<String, String>>) JsonPath.read(history, "$[1].changes"))
                .containsExactly(Map.of("field", "goals[0]", "before", "A goal", "after", "A sharper goal"));
        assertThat((List<String>) JsonPath.read(history, "$[0].changes[*].field"))
                .contains("events[0].title", "events[0].start", "events[0].organisers[@" + f.partner + "].name");
        assertThat(mvc.get().uri(f.uri("/history"))).hasStatus(401);

        long created = ((Number) JsonPath.read(history, "$[2].number")).longValue();
        assertThat(send(HttpMethod.POST, f.uri("/history/" + created + "/restore"), 2L, f.partnerEditor, null))
                .as("the goal is the coordinator's").hasStatus(403);
        UserAccount admin = accounts.administrator();
        assertThat(send(HttpMethod.POST, f.uri("/history/" + created + "/restore"), 2L, admin, null)).hasStatusOk();
        read(f.id, admin).extractingPath("$.goals").asArray().containsExactly("A goal");
        read(f.id, admin).extractingPath("$.events").asArray().isEmpty();
        String after = Responses.body(mvc.get().uri(f.uri("/history")).with(accounts.as(admin)).exchange());
        assertThat((String) JsonPath.read(after, "$[0].author")).isEqualTo(admin.getEmail());
        assertThat((List<String>) JsonPath.read(after, "$[0].changes[*].field")).contains("goals[0]", "events[0].title");
    }

    @Test
    void mergingADuplicateMovesItsNamesPartnershipsAndMembersToTheOrganisationThatStays() {
        Fixture f = fixture("Merge");
        long survivor = organisation("Merge Survivor Kogu");
        UserAccount member = accounts.editorOfIds(Set.of(f.partner));
        UserAccount admin = accounts.administrator();
        assertThat(send(HttpMethod.POST, "/api/organisations/" + survivor + "/merge", 0L, f.coordinator, """
                {"duplicate_id": %d}""".formatted(f.partner))).hasStatus(403);
        MvcTestResult merged = send(HttpMethod.POST, "/api/organisations/" + survivor + "/merge", 0L, admin, """
                {"duplicate_id": %d}""".formatted(f.partner));
        assertThat(merged).hasStatusOk();
        assertThat((List<String>) JsonPath.read(Responses.body(merged), "$.aliases")).containsExactly("Merge Partner");
        assertThat(mvc.get().uri("/api/organisations/" + f.partner)).hasStatus(404);
        read(f.id, admin).extractingPath("$.partners[*].organisation_id").asArray()
                .containsExactly((int) f.lead, (int) survivor);
        assertThat(users.findById(member.getId()).orElseThrow().getOrganisationIds()).containsExactly(survivor);
        assertThat(send(HttpMethod.PUT, "/api/organisations/" + survivor, 0L, admin, """
                {"name": "Merge Survivor Kogu", "kind": "lag"}""")).as("the merge changed it").hasStatus(409);
    }

    @Test
    void changesToOrganisationsAndUsersAreRecordedWithWhoMadeThem() {
        UserAccount admin = accounts.administrator();
        long organisation = organisation("Recorded Kogu");
        assertThat(send(HttpMethod.PUT, "/api/organisations/" + organisation, 0L, admin, """
                {"name": "Recorded Koostöökogu", "aliases": ["Recorded Kogu"], "kind": "lag", "country": "EE"}""")).hasStatusOk();
        assertThat(jdbc.queryForList("""
                select a.name, r.author from organisation_aud a join revision r on r.id = a.rev
                where a.id = ? order by a.rev""", organisation)).containsExactly(
                Map.of("name", "Recorded Kogu", "author", "system"),
                Map.of("name", "Recorded Koostöökogu", "author", admin.getEmail()));

        UserAccount user = accounts.editorOfIds(Set.of());
        assertThat(send(HttpMethod.PUT, "/api/users/" + user.getId(), 0L, admin, """
                {"display_name": "Renamed Editor", "organisation_ids": [%d]}""".formatted(organisation))).hasStatusOk();
        assertThat(jdbc.queryForList("""
                select a.display_name, r.author from app_user_aud a join revision r on r.id = a.rev
                where a.id = ? order by a.rev desc""", user.getId()).getFirst())
                .isEqualTo(Map.of("display_name", "Renamed Editor", "author", admin.getEmail()));
        assertThat(jdbc.queryForObject("select count(*) from user_organisation_aud where user_id = ? and organisation_id = ?",
                Long.class, user.getId(), organisation)).isEqualTo(1);

        String organisationHistory = Responses.body(mvc.get().uri("/api/organisations/" + organisation + "/history")
                .with(accounts.as(admin)).exchange());
        assertThat((List<String>) JsonPath.read(organisationHistory, "$[*].author")).containsExactly(admin.getEmail(), "system");
        assertThat((List<Map<String, String>>) JsonPath.read(organisationHistory, "$[0].changes")).containsExactly(
                Map.of("field", "name", "before", "Recorded Kogu", "after", "Recorded Koostöökogu"),
                Map.of("field", "aliases[0]", "before", "Recorded Kogu", "after", "Recorded Koostöökogu"),
                Map.of("field", "aliases[1]", "after", "Recorded Kogu"));
        String userHistory = Responses.body(mvc.get().uri("/api/users/" + user.getId() + "/history").with(accounts.as(admin)).exchange());
        assertThat((List<String>) JsonPath.read(userHistory, "$[0].changes[*].field")).containsExactly("display_name", "organisation_ids");
        assertThat(mvc.get().uri("/api/users/" + user.getId() + "/history").with(accounts.as(user))).hasStatus(403);
        assertThat(mvc.get().uri("/api/organisations/" + organisation + "/history")).hasStatus(401);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A draft led by "{name} Lead" with partner "{name} Partner", one goal, and an editor for each. */
    private Fixture fixture(String name) {
        long lead = organisation(name + " Lead");
        long partner = organisation(name + " Partner");
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        UserAccount partnerEditor = accounts.editorOfIds(Set.of(partner));
        MvcTestResult created = send(HttpMethod.POST, "/api/projects", null, coordinator, """
                {"language": "en", "titles": {"en": "%s"}, "goals": ["A goal"], "partners": [
                  {"organisation_id": %d, "role": "lead_partner"}, {"organisation_id": %d}]}""".formatted(name, lead, partner));
        assertThat(created).hasStatus(201);
        return new Fixture(((Number) JsonPath.read(Responses.body(created), "$.id")).longValue(), lead, partner, coordinator, partnerEditor);
    }

    record Fixture(long id, long lead, long partner, UserAccount coordinator, UserAccount partnerEditor) {

        String uri(String path) {
            return "/api/projects/" + id + path;
        }
    }

    private long organisation(String name) {
        return organisations.create(new OrganisationDraft(name, List.of(), null, "lag", "EE", null, null)).id();
    }

    private AbstractJsonContentAssert<?> read(long id, UserAccount user) {
        return assertThat(mvc.get().uri("/api/projects/" + id).with(accounts.as(user)).exchange()).hasStatusOk().bodyJson();
    }

    private MvcTestResult send(HttpMethod method, String uri, Long version, UserAccount user, String body) {
        RequestPostProcessor who = accounts.as(user);
        var request = mvc.method(method).uri(uri).with(who);
        if (version != null) {
            request = request.header("If-Match", "\"" + version + "\"");
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }
}
