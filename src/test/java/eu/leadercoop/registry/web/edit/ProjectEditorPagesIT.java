package eu.leadercoop.registry.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The project editor as a person uses it: each part of a record in its own form, posted like a browser
 * posts it, checked and saved by the same registry service as the API, refused forms coming back open
 * with each problem beside its input, a save made to an older version showing both versions.
 */
@IntegrationTest
class ProjectEditorPagesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<Long> made = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestMade() {
        eu.leadercoop.TestRecords.removeOrganisations(jdbc, made);
        made.clear();
    }

    @Test
    void aCoordinatorCreatesADraftThatOnlyThePartnersSeeAndPublishesIt() {
        long lead = organisation("Editor Lead One", List.of());
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));

        Document form = page("/projects/new", coordinator);
        assertThat(form.select("#f-lead option").eachText()).containsExactly("Editor Lead One");
        assertThat(form.select("label[for=f-period]").text()).isEqualTo("Period");

        MvcTestResult created = post("/projects/new", coordinator, Map.of("language", "et", "title", "Kogukonnad koos",
                "lead", String.valueOf(lead), "period", "jaanuar 2024 – juuni 2025"));
        assertThat(created).hasStatus(302);
        String editor = created.getResponse().getRedirectedUrl();
        assertThat(editor).matches("/projects/\\d+/edit\\?notice=created");
        long id = Long.parseLong(editor.replaceAll("\\D+", " ").trim().split(" ")[0]);

        String record = json(id, coordinator);
        assertThat((String) JsonPath.read(record, "$.titles.et")).isEqualTo("Kogukonnad koos");
        assertThat((String) JsonPath.read(record, "$.period.start")).isEqualTo("2024-01");
        assertThat((String) JsonPath.read(record, "$.period.end")).isEqualTo("2025-06");
        assertThat((String) JsonPath.read(record, "$.period.as_written")).isEqualTo("jaanuar 2024 – juuni 2025");
        assertThat((String) JsonPath.read(record, "$.publication_state")).isEqualTo("draft");
        assertThat((String) JsonPath.read(record, "$.partners[0].role")).isEqualTo("lead_partner");
        assertThat(mvc.get().uri("/projects/" + id)).hasStatus(404);
        assertThat(page("/projects/" + id + "/edit?notice=created", coordinator).select("[role=status]").text())
                .startsWith("The project was created as a draft.");

        assertThat(post("/projects/" + id + "/edit/publish", coordinator, Map.of("version", "0"))).hasStatus(302);
        assertThat(mvc.get().uri("/projects/" + id)).hasStatusOk();
    }

    @Test
    void aProjectLedByAnotherOrganisationIsRefusedBesideTheForm() {
        long mine = organisation("Editor Lead Two", List.of());
        long other = organisation("Editor Other Two", List.of());
        UserAccount coordinator = accounts.editorOfIds(Set.of(mine));

        MvcTestResult refused = post("/projects/new", coordinator, Map.of("language", "en", "title", "Not ours",
                "lead", String.valueOf(other)));
        assertThat(refused).hasStatus(422);
        assertThat(Jsoup.parse(Responses.body(refused)).select("[role=alert]").text())
                .isEqualTo("You may create projects only for an organisation you edit for; the project is led by that organisation.");

        MvcTestResult untitled = post("/projects/new", coordinator, Map.of("language", "en", "title", " ", "lead", String.valueOf(mine)));
        assertThat(untitled).hasStatus(422);
        assertThat(Jsoup.parse(Responses.body(untitled)).select("#f-title-problem").text()).isEqualTo("This is required.");
    }

    @Test
    void everyPartIsSavedThroughItsOwnFormAsTheRecordStatesIt() {
        Fixture f = fixture("Parts");

        saved(f, "core", Map.of("language", "et", "titles.et", "Osad koos", "titles.en", "Parts together",
                "period", "01.07.2022–31.10.2023", "reference_number", "19302100001", "target_groups", "kogukonnad\nettevõtjad",
                "website", "kklm.ee/projekt", "funding.programme", "MAK 2014–2020", "partners_total.amount", "251 928",
                "partners_total.currency", "EUR"));
        saved(f, "budget/" + f.partner, Map.of("cost", "33 002,80", "grant", "29 702,52", "own_contribution", "3 300,28",
                "currency", "EUR"));
        saved(f, "goals", Map.of("text", "Kogukonnad teevad koostööd."));
        saved(f, "expected_results", Map.of("text", "ca 200 osalejat", "target", "200", "unit", "participants", "approximate", "true"));
        saved(f, "activities", Map.of("label", "1", "text", "Vähemalt kolme koosoleku korraldamine erinevates piirkondades.",
                "commitments[0].min_count", "3", "commitments[0].event_types", "meeting", "commitments[0].distinct_regions", "true",
                "commitments[0].deadline", "30.06.2025"));
        saved(f, f.partnerEditor, "events", Map.of("date", "23.-24.08 2024", "title", "Koostööseminar", "type", "seminar", "place", "Rapla",
                "organisers", "Parts Partner", "participants", "25"));
        saved(f, f.partnerEditor, "media", Map.of("date", "01.03.2024", "title", "Uus partner liitus", "url", "https://example.org/uudis",
                "partner", "Parts Partner"));
        saved(f, "contacts", Map.of("name", "Mari Maasikas", "email", "mari@example.org", "phone", "+372 552 2385"));

        String r = json(f.id, f.coordinator);
        assertThat((String) JsonPath.read(r, "$.titles.en")).isEqualTo("Parts together");
        assertThat((String) JsonPath.read(r, "$.period.start")).isEqualTo("2022-07-01");
        assertThat((String) JsonPath.read(r, "$.period.end")).isEqualTo("2023-10-31");
        assertThat(JsonPath.<List<String>>read(r, "$.target_groups")).containsExactly("kogukonnad", "ettevõtjad");
        assertThat((String) JsonPath.read(r, "$.website")).isEqualTo("https://kklm.ee/projekt");
        assertThat((Double) JsonPath.read(r, "$.budget.partners_total.amount")).isEqualTo(251928.00);
        assertThat((Double) JsonPath.read(r, "$.budget.lines[0].cost")).isEqualTo(33002.80);
        assertThat((Double) JsonPath.read(r, "$.budget.lines[0].grant")).isEqualTo(29702.52);
        assertThat((Double) JsonPath.read(r, "$.budget.lines[0].own_contribution")).isEqualTo(3300.28);
        assertThat(JsonPath.<List<Object>>read(r, "$.budget.warnings")).isEmpty();
        assertThat(JsonPath.<List<String>>read(r, "$.goals")).containsExactly("A goal", "Kogukonnad teevad koostööd.");
        assertThat(((Number) JsonPath.read(r, "$.expected_results[0].target")).doubleValue()).isEqualTo(200.0);
        assertThat((Boolean) JsonPath.read(r, "$.expected_results[0].approximate")).isTrue();
        assertThat((Integer) JsonPath.read(r, "$.activities[0].commitments[0].min_count")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(r, "$.activities[0].commitments[0].event_types")).containsExactly("meeting");
        assertThat((Boolean) JsonPath.read(r, "$.activities[0].commitments[0].distinct_regions")).isTrue();
        assertThat((String) JsonPath.read(r, "$.activities[0].commitments[0].deadline")).isEqualTo("2025-06-30");
        assertThat((String) JsonPath.read(r, "$.events[0].start")).isEqualTo("2024-08-23");
        assertThat((String) JsonPath.read(r, "$.events[0].end")).isEqualTo("2024-08-24");
        assertThat((String) JsonPath.read(r, "$.events[0].date_as_written")).isEqualTo("23.-24.08 2024");
        assertThat((String) JsonPath.read(r, "$.events[0].organisers[0].name")).isEqualTo("Parts Partner");
        assertThat((String) JsonPath.read(r, "$.media[0].date")).isEqualTo("2024-03-01");
        assertThat((String) JsonPath.read(r, "$.media[0].organisation")).isEqualTo("Parts Partner");
        assertThat((String) JsonPath.read(r, "$.contacts[0].phone")).isEqualTo("+372 552 2385");
        assertThat((Integer) JsonPath.read(r, "$.version")).isEqualTo(8);

        Document editor = page("/projects/" + f.id + "/edit", f.coordinator);
        assertThat(editor.select("#section-goals li").eachText()).hasSize(2);
        assertThat(editor.select("#section-activities .lc-commitment").text()).isEqualTo("at least 3 × meeting · in different partner regions · by 30 June 2025");
    }

    @Test
    void aPartnerIsAddedByAnyOfItsNamesWithTheDayItJoined() {
        Fixture f = fixture("Joining");
        organisation("MTÜ Joining Kodukant", List.of("Joining Kodukant Läänemaa"));
        Document form = page("/projects/" + f.id + "/edit?open=partners-new", f.coordinator);
        assertThat(form.select("#lc-organisation-names option").eachAttr("value")).contains("MTÜ Joining Kodukant", "Joining Kodukant Läänemaa");

        saved(f, "partners", Map.of("organisation", "Joining Kodukant Läänemaa", "role", "partner", "joined", "01.03.2024"));
        String r = json(f.id, f.coordinator);
        assertThat(JsonPath.<List<String>>read(r, "$.partners[*].name")).contains("MTÜ Joining Kodukant");
        assertThat(JsonPath.<List<String>>read(r, "$.partners[?(@.name == 'MTÜ Joining Kodukant')].joined")).containsExactly("2024-03-01");

        MvcTestResult unknown = post("/projects/" + f.id + "/edit/partners", f.coordinator, Map.of("version", "1",
                "organisation", "Nobody Knows This LAG", "role", "partner"));
        assertThat(unknown).hasStatus(422);
        assertThat(Jsoup.parse(Responses.body(unknown)).select("#f-organisation-problem").text())
                .isEqualTo("No organisation is known as 'Nobody Knows This LAG'. Add it to the organisations first.");
    }

    @Test
    void aRefusedFormComesBackOpenWithEachProblemBesideItsInputAndNothingIsSaved() {
        Fixture f = fixture("Refused");
        MvcTestResult core = post("/projects/" + f.id + "/edit/core", f.coordinator, Map.of("version", "0", "language", "en",
                "titles.en", "Refused", "period", "31.02.2024", "website", "javascript:alert(1)",
                "partners_total.amount", "a lot", "partners_total.currency", "EUR"));
        assertThat(core).hasStatus(422);
        Document page = Jsoup.parse(Responses.body(core));
        assertThat(page.select("#f-partners-total-amount-problem").text()).isEqualTo("'a lot' is not a number.");
        assertThat(page.select("#f-partners-total-amount").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#f-partners-total-amount").val()).isEqualTo("a lot");

        MvcTestResult dates = post("/projects/" + f.id + "/edit/core", f.coordinator, Map.of("version", "0", "language", "en",
                "titles.en", "Refused", "period", "31.02.2024", "website", "javascript:alert(1)"));
        assertThat(dates).hasStatus(422);
        page = Jsoup.parse(Responses.body(dates));
        assertThat(page.select("#f-period-problem").text()).isEqualTo("'31.02.2024' is not a date we can read.");
        assertThat(page.select("#f-website-problem").text()).isEqualTo("'javascript:alert(1)' is not a web address (https://...).");
        assertThat(page.select("#f-website").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("#f-period").attr("aria-describedby")).isEqualTo("f-period-problem f-period-hint");

        MvcTestResult budget = post("/projects/" + f.id + "/edit/budget/" + f.partner, f.partnerEditor,
                Map.of("version", "0", "cost", "-5", "grant", "10", "currency", "EUX"));
        assertThat(budget).hasStatus(422);
        page = Jsoup.parse(Responses.body(budget));
        assertThat(page.select("#f-cost-problem").text()).isEqualTo("Cannot be negative.");
        assertThat(page.select("#f-currency-problem").text()).isEqualTo("'EUX' is not a currency code (EUR, PLN).");

        MvcTestResult estonian = mvc.post().uri("/projects/" + f.id + "/edit/goals").with(accounts.as(f.coordinator))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "et").param("version", "0").param("text", "").exchange();
        assertThat(Jsoup.parse(Responses.body(estonian)).select("#f-text-problem").text()).isEqualTo("See on kohustuslik.");
        assertThat((Integer) JsonPath.read(json(f.id, f.coordinator), "$.version")).isZero();
    }

    @Test
    void aPartnersEditorIsOfferedOnlyItsOwnPartsAndTheCoreIsRefused() {
        Fixture f = fixture("Own parts");
        Document asPartner = page("/projects/" + f.id + "/edit", f.partnerEditor);
        assertThat(asPartner.select("#section-core a").eachText()).doesNotContain("Edit");
        assertThat(asPartner.select("#section-goals .lc-edit-actions")).isEmpty();
        assertThat(asPartner.select("#section-budget a").eachAttr("href")).containsExactly("/projects/" + f.id + "/edit?open=budget-" + f.partner);
        assertThat(asPartner.select("button").eachText()).doesNotContain("Publish");
        Document activityForm = page("/projects/" + f.id + "/edit?open=activities-new", f.partnerEditor);
        assertThat(activityForm.select("#f-partner option").eachText()).containsExactly("Own parts Partner");

        MvcTestResult refused = post("/projects/" + f.id + "/edit/goals", f.partnerEditor, Map.of("version", "0", "text", "Not mine"));
        assertThat(refused).hasStatus(403);
        assertThat(Jsoup.parse(Responses.body(refused)).select("#editor [role=alert]").text())
                .isEqualTo("This part belongs to another partner or to the coordinator. Nothing was changed.");
        assertThat(post("/projects/" + f.id + "/edit/publish", f.partnerEditor, Map.of("version", "0"))).hasStatus(403);
        assertThat((Integer) JsonPath.read(json(f.id, f.coordinator), "$.version")).isZero();

        saved(f, f.partnerEditor, "activities", Map.of("text", "Oma õppereis", "partner", "Own parts Partner"));
        assertThat((String) JsonPath.read(json(f.id, f.coordinator), "$.activities[0].partner")).isEqualTo("Own parts Partner");

        UserAccount outsider = accounts.editorOfIds(Set.of(organisation("Own parts Outsider", List.of())));
        assertThat(mvc.get().uri("/projects/" + f.id + "/edit").with(accounts.as(outsider))).hasStatus(404);
    }

    @Test
    void aSaveMadeToAnOlderVersionShowsBothVersionsAndSavingMineAgainKeepsWhatITyped() {
        Fixture f = fixture("Conflict page");
        saved(f, "goals/0", Map.of("text", "The first editor's goal"));
        MvcTestResult stale = post("/projects/" + f.id + "/edit/goals/0", f.coordinator, Map.of("version", "0",
                "text", "The second editor's goal"));

        assertThat(stale).hasStatus(409);
        Document page = Jsoup.parse(Responses.body(stale));
        Element conflict = page.selectFirst("#conflict");
        assertThat(conflict.select("h2").text()).isEqualTo("Someone else saved this project meanwhile");
        assertThat(conflict.select("tbody tr").eachText()).containsExactly("Goal The first editor's goal The second editor's goal");
        assertThat(conflict.select("form input[name=version]").val()).isEqualTo("1");
        assertThat(conflict.select("form input[name=text]").val()).isEqualTo("The second editor's goal");
        assertThat(JsonPath.<List<String>>read(json(f.id, f.coordinator), "$.goals")).containsExactly("The first editor's goal");

        assertThat(post("/projects/" + f.id + "/edit/goals/0", f.coordinator, Map.of("version", "1",
                "text", conflict.select("form input[name=text]").val()))).hasStatus(302);
        assertThat(JsonPath.<List<String>>read(json(f.id, f.coordinator), "$.goals")).containsExactly("The second editor's goal");

        MvcTestResult removal = post("/projects/" + f.id + "/edit/goals/0/remove", f.coordinator, Map.of("version", "1"));
        assertThat(removal).hasStatus(409);
        assertThat(Jsoup.parse(Responses.body(removal)).select("#conflict form").attr("action"))
                .isEqualTo("/projects/" + f.id + "/edit/goals/0/remove");
    }

    @Test
    void aDateLeftAsShownKeepsItsWordingAndOneTypedAnewIsReadAsWritten() {
        Fixture f = fixture("Wording");
        saved(f, "events", Map.of("date", "4.-7.06 2024", "title", "LEADER konverents", "type", "conference"));
        long event = ((Number) JsonPath.read(json(f.id, f.coordinator), "$.events[0].id")).longValue();

        Document form = page("/projects/" + f.id + "/edit?open=events-" + event, f.coordinator);
        assertThat(form.select("#f-date").val()).isEqualTo("4.-7.06 2024");
        saved(f, "events/" + event, Map.of("date", "4.-7.06 2024", "title", "LEADER konverents Rumeenias", "type", "conference"));
        String r = json(f.id, f.coordinator);
        assertThat((String) JsonPath.read(r, "$.events[0].date_as_written")).isEqualTo("4.-7.06 2024");
        assertThat((String) JsonPath.read(r, "$.events[0].start")).isEqualTo("2024-06-04");

        saved(f, "events/" + event, Map.of("date", "kevad 2025", "title", "LEADER konverents Rumeenias", "type", "conference"));
        r = json(f.id, f.coordinator);
        assertThat((String) JsonPath.read(r, "$.events[0].start")).isEqualTo("2025-21");
        assertThat((String) JsonPath.read(r, "$.events[0].date_as_written")).isEqualTo("kevad 2025");

        Document polish = Jsoup.parse(Responses.body(mvc.get().uri("/projects/dates/understood?date=23.-24.08 2024")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange()));
        assertThat(polish.text()).isEqualTo("Odczytano jako: 23–24.08.2024");
        assertThat(Jsoup.parse(Responses.body(mvc.get().uri("/projects/dates/understood?date=31.02.2024").exchange())).text())
                .isEqualTo("Not a date we can read. Try 01.03.2024, March 2024 or 2024.");
    }

    @Test
    void theHistoryPageSaysEachChangeInWordsAndRestoresAnEarlierVersion() {
        Fixture f = fixture("History page");
        saved(f, "goals/0", Map.of("text", "A better goal"));
        saved(f, "partners/" + f.partner, Map.of("organisation", "x", "role", "network_partner"));

        Document history = page("/projects/" + f.id + "/history", f.coordinator);
        List<String> rows = history.select(".lc-history > li").first().select("tbody tr").eachText();
        assertThat(rows).containsExactly("Partners · History page Partner · Role partner network partner");
        assertThat(history.select(".lc-history > li").get(1).select("tbody tr").eachText())
                .containsExactly("Goals · 1 A goal A better goal");
        assertThat(history.select(".lc-history > li").first().select(".small").text()).contains(f.coordinator.getEmail());

        String created = history.select(".lc-history > li").last().select("form").attr("action");
        assertThat(post(created, f.coordinator, Map.of("version", "2"))).hasStatus(302);
        String r = json(f.id, f.coordinator);
        assertThat(JsonPath.<List<String>>read(r, "$.goals")).containsExactly("A goal");
        assertThat(JsonPath.<List<String>>read(r, "$.partners[*].role")).containsExactly("lead_partner", "partner");
        assertThat(page("/projects/" + f.id + "/history", f.coordinator).select(".lc-history > li")).hasSize(4);
    }

    @Test
    void editingPagesSendStrangersToSignInAndFormsWithoutTheirCsrfTokenAreRefused() {
        Fixture f = fixture("Strangers");
        assertThat(mvc.get().uri("/projects/" + f.id + "/edit")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/projects/new")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/projects/" + f.id + "/history")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/projects/" + f.id + "/edit/goals").with(accounts.asWithoutCsrf(f.coordinator))
                .param("version", "0").param("text", "Forged")).hasStatus(403);
        assertThat((Integer) JsonPath.read(json(f.id, f.coordinator), "$.version")).isZero();
    }

    // ------------------------------------------------------------------------------------------------

    record Fixture(long id, long lead, long partner, UserAccount coordinator, UserAccount partnerEditor) {
    }

    private Fixture fixture(String name) {
        long lead = organisation(name + " Lead", List.of());
        long partner = organisation(name + " Partner", List.of());
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        UserAccount partnerEditor = accounts.editorOfIds(Set.of(partner));
        MvcTestResult created = mvc.post().uri("/api/projects").with(accounts.as(coordinator))
                .contentType("application/json").content("""
                        {"language": "en", "titles": {"en": "%s"}, "goals": ["A goal"], "partners": [
                          {"organisation_id": %d, "role": "lead_partner"}, {"organisation_id": %d}]}""".formatted(name, lead, partner))
                .exchange();
        assertThat(created).hasStatus(201);
        return new Fixture(((Number) JsonPath.read(Responses.body(created), "$.id")).longValue(), lead, partner, coordinator, partnerEditor);
    }

    private long remember(long organisationId) {
        made.add(organisationId);
        return organisationId;
    }

    private long organisation(String name, List<String> aliases) {
        return remember(organisations.create(new OrganisationDraft(name, aliases, null, "lag", "EE", null, null)).id());
    }

    /** Posts a form at the record's current version and expects it saved (a redirect back to the editor). */
    private void saved(Fixture f, String path, Map<String, String> fields) {
        saved(f, path.startsWith("budget") ? f.partnerEditor : f.coordinator, path, fields);
    }

    private void saved(Fixture f, UserAccount user, String path, Map<String, String> fields) {
        long version = ((Number) JsonPath.read(json(f.id, user), "$.version")).longValue();
        Map<String, String> withVersion = new java.util.HashMap<>(fields);
        withVersion.put("version", String.valueOf(version));
        MvcTestResult result = post("/projects/" + f.id + "/edit/" + path, user, withVersion);
        assertThat(result).as(path + ": " + Jsoup.parse(Responses.body(result)).select(".invalid-feedback, [role=alert]").text())
                .hasStatus(302);
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/projects/" + f.id + "/edit?notice=saved");
    }

    private MvcTestResult post(String uri, UserAccount user, Map<String, String> fields) {
        var request = mvc.post().uri(uri).with(accounts.as(user)).header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    private Document page(String uri, UserAccount user) {
        MvcTestResult result = mvc.get().uri(uri).with(accounts.as(user)).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }

    private String json(long id, UserAccount user) {
        return Responses.body(mvc.get().uri("/api/projects/" + id).with(accounts.as(user)).exchange());
    }
}
