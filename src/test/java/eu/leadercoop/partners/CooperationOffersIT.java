package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.Projects;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A Polish LAG posts an offer, an Estonian and a Finnish LAG answer it, the Polish LAG takes the Estonian
 * one and turns the offer into a draft project; another offer expires. "Today" is 1 September 2024.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CooperationOffersIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Projects projects;

    long polish;
    long estonian;
    long finnish;
    UserAccount polishEditor;
    UserAccount estonianEditor;
    UserAccount finnishEditor;

    @BeforeAll
    void organisationsAndEditors() {
        PartnerFixtures f = new PartnerFixtures(organisations, projects);
        polish = f.organisation("Offers Lokalna Grupa Działania Dolina Wisły", "PL");
        estonian = f.organisation("Offers MTÜ Saarte Koostöökogu", "EE");
        finnish = f.organisation("Offers Pohjoisen Leader ry", "FI");
        polishEditor = accounts.editorOfIds(Set.of(polish));
        estonianEditor = accounts.editorOfIds(Set.of(estonian));
        finnishEditor = accounts.editorOfIds(Set.of(finnish));
    }

    String offer(String title, String deadline) {
        return """
                {"organisation_id": %d, "language": "pl", "title": "%s",
                 "description": "Szukamy partnera z Estonii do wspólnego wyjazdu studyjnego i wymiany doświadczeń LGD.",
                 "themes": ["turystyka wiejska", "inteligentne wsie"], "wanted_countries": ["ee", "FI"], "wanted_kinds": ["lag"],
                 "languages_spoken": ["pl", "en"], "period_start": "2025-03", "period_end": "2026-06",
                 "budget_min": 20000, "budget_max": 60000, "budget_currency": "PLN", "reply_deadline": "%s",
                 "contact_name": "Anna Nowak", "contact_email": "anna@dolina.test"}""".formatted(polish, title, deadline);
    }

    private long post(String body) {
        MvcTestResult created = mvc.post().uri("/api/offers").with(accounts.as(polishEditor)).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
        assertThat(created.getResponse().getStatus()).as(Responses.body(created)).isEqualTo(201);
        return ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
    }

    @Test
    void anOfferBecomesADraftProjectWithThePartnersWhoJoinedAndItsPeriod() {
        long id = post(offer("Wyjazdy studyjne do Estonii", "2024-10-15"));

        long estonianReply = reply(id, estonianEditor, estonian, "Oleme huvitatud, meil on kogemus õppereisidega.", 201);
        long finnishReply = reply(id, finnishEditor, finnish, "Olemme kiinnostuneita.", 201);
        reply(id, estonianEditor, estonian, "Veel kord", 400);
        answer(id, estonianReply, "joined", polishEditor, 200);
        answer(id, finnishReply, "declined", polishEditor, 200);
        answer(id, finnishReply, "joined", estonianEditor, 403);

        MvcTestResult made = mvc.post().uri("/api/offers/" + id + "/project").with(accounts.as(polishEditor)).exchange();

        assertThat(made.getResponse().getStatus()).as(Responses.body(made)).isEqualTo(201);
        String project = Responses.body(made);
        assertThat((List<Integer>) JsonPath.read(project, "$.partners[*].organisation_id")).containsExactly((int) polish, (int) estonian);
        assertThat((List<String>) JsonPath.read(project, "$.partners[*].role")).containsExactly("lead_partner", "partner");
        assertThat((String) JsonPath.read(project, "$.period.start")).isEqualTo("2025-03");
        assertThat((String) JsonPath.read(project, "$.period.end")).isEqualTo("2026-06");
        assertThat((String) JsonPath.read(project, "$.title")).isEqualTo("Wyjazdy studyjne do Estonii");
        assertThat((String) JsonPath.read(project, "$.summary")).startsWith("Szukamy partnera z Estonii");
        assertThat((String) JsonPath.read(project, "$.publication_state")).isEqualTo("draft");
        String offer = Responses.body(mvc.get().uri("/api/offers/" + id).exchange());
        assertThat((String) JsonPath.read(offer, "$.status")).isEqualTo("project");
        reply(id, finnishEditor, finnish, "Late", 409);
        MvcTestResult again = mvc.post().uri("/api/offers/" + id + "/project").with(accounts.as(polishEditor)).exchange();
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anOfferExpiresAfterItsDeadline() {
        long id = post(offer("Oferta na ostatnią chwilę", "2024-09-01"));
        assertThat(listedIds("")).contains(id);
        String current = Responses.body(mvc.get().uri("/api/offers/" + id).exchange());
        assertThat((String) JsonPath.read(current, "$.status")).isEqualTo("open");

        // the editor moves the deadline to yesterday: the offer is no longer open
        MvcTestResult moved = mvc.put().uri("/api/offers/" + id).with(accounts.as(polishEditor)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(offer("Oferta na ostatnią chwilę", "2024-08-31")).exchange();
        assertThat(moved.getResponse().getStatus()).as(Responses.body(moved)).isEqualTo(200);

        assertThat(listedIds("")).doesNotContain(id);
        assertThat((String) JsonPath.read(Responses.body(mvc.get().uri("/api/offers/" + id).exchange()), "$.status")).isEqualTo("expired");
        reply(id, estonianEditor, estonian, "Kas veel saab?", 409);
        assertThat(Responses.body(mvc.get().uri("/offers/" + id + "?lang=en").exchange())).contains("no more replies are accepted");
    }

    @Test
    void aNewOfferMustNotHaveExpiredAlreadyAndEveryWrongFieldIsNamed() {
        MvcTestResult refused = mvc.post().uri("/api/offers").with(accounts.as(polishEditor)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organisation_id": %d, "language": "de", "title": "", "description": "x", "wanted_countries": ["Estonia"],
                         "period_start": "2026", "period_end": "2025", "reply_deadline": "2024-08-31"}""".formatted(polish))
                .exchange();

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        List<String> fields = JsonPath.read(Responses.body(refused), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("language", "title", "wanted_countries[0]", "period_end", "reply_deadline");
    }

    @Test
    void offersAreFoundByInflectedWordsAndFacets() {
        long id = post(offer("Wspólny wyjazd studyjny", "2024-12-01"));

        assertThat(listedIds("q=wyjazdów+studyjnych")).contains(id);
        assertThat(listedIds("q=wspolnego+wyjazdu&wanted_country=EE")).contains(id);
        assertThat(listedIds("q=wspolnego+wyjazdu&wanted_country=LV")).doesNotContain(id);
        String json = Responses.body(mvc.get().uri("/api/offers?q=wyjazd+studyjny&wanted_country=LV&lang=en").exchange());
        List<String> countries = JsonPath.read(json, "$.facets[?(@.name == 'wanted_country')].values[*].value");
        assertThat(countries).contains("EE", "FI", "LV");
        List<String> labels = JsonPath.read(json, "$.facets[?(@.name == 'wanted_country')].values[?(@.value == 'EE')].label");
        assertThat(labels).containsExactly("Estonia");
        MvcTestResult bad = mvc.get().uri("/api/offers?wanted_kind=castle&size=0").exchange();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(Responses.body(bad)).contains("\"wanted_kind\"", "\"size\"");
    }

    @Test
    void openOffersHaveACalendarAndAnAtomFeed() {
        long id = post(offer("Kalendarz ofert", "2024-11-20"));

        MvcTestResult ics = mvc.get().uri("/offers.ics?q=kalendarz").exchange();
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(Responses.body(ics)).contains("UID:leadercoop-offer-" + id, "DTSTART;VALUE=DATE:20241120", "SUMMARY:Kalendarz ofert");
        MvcTestResult atom = mvc.get().uri("/offers.atom").exchange();
        assertThat(atom.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(Responses.body(atom)).contains("<title>Kalendarz ofert</title>", "/offers/" + id + "</id>");
    }

    @Test
    void theOfferPagesListShowAndRefuseInTheReadersLanguage() {
        long id = post(offer("Strona oferty", "2024-11-30"));

        assertThat(Responses.body(mvc.get().uri("/offers?lang=pl").exchange())).contains("Oferty współpracy", "Strona oferty");
        MvcTestResult page = mvc.get().uri("/offers/" + id + "?lang=et").with(accounts.as(estonianEditor)).exchange();
        assertThat(Responses.body(page)).contains("Huvitatud?", "Offers MTÜ Saarte Koostöökogu");
        MvcTestResult form = mvc.post().uri("/offers?lang=et").with(accounts.as(polishEditor))
                .param("organisation_id", String.valueOf(polish)).param("language", "pl").param("title", "")
                .param("description", "Opis").param("reply_deadline", "2024-12-01").exchange();
        assertThat(form.getResponse().getStatus()).isEqualTo(422);
        assertThat(Responses.body(form)).contains("Pakkumist ei salvestatud", "See on kohustuslik.");
        MvcTestResult replied = mvc.post().uri("/offers/" + id + "/replies").with(accounts.as(estonianEditor))
                .param("organisation_id", String.valueOf(estonian)).param("message", "Tere!").exchange();
        assertThat(replied.getResponse().getStatus()).isEqualTo(302);
        assertThat(Responses.body(mvc.get().uri("/offers/" + id).with(accounts.as(polishEditor)).exchange())).contains("Tere!");
    }

    private long reply(long offer, UserAccount who, long organisation, String message, int status) {
        MvcTestResult result = mvc.post().uri("/api/offers/" + offer + "/replies").with(accounts.as(who))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"organisation_id": %d, "message": "%s"}""".formatted(organisation, message)).exchange();
        assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isEqualTo(status);
        return status == 201 ? ((Number) JsonPath.read(Responses.body(result), "$.id")).longValue() : -1;
    }

    private void answer(long offer, long reply, String status, UserAccount who, int expected) {
        MvcTestResult result = mvc.put().uri("/api/offers/" + offer + "/replies/" + reply).with(accounts.as(who))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status": "%s", "answer": "Dziękujemy"}""".formatted(status)).exchange();
        assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isEqualTo(expected);
    }

    private List<Long> listedIds(String query) {
        String json = Responses.body(mvc.get().uri("/api/offers?size=100&" + query).exchange());
        List<Number> ids = JsonPath.read(json, "$.offers[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

}
