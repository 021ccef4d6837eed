package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import eu.leadercoop.TestSupport;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.PartKind;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.Projects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Machine translation switched on, end to end: the whole application (its own schema and search index,
 * like {@code ImporterIntegrationTest}) with {@code leadercoop.translation.provider=libretranslate}
 * pointed at a local server that speaks LibreTranslate's API. Projects are saved through the API and
 * the editing service as people save them; the test then waits for the background worker to finish.
 */
@SpringBootTest(properties = {
        "spring.flyway.clean-disabled=false",
        "spring.flyway.schemas=" + TranslationIT.SCHEMA,
        "spring.flyway.default-schema=" + TranslationIT.SCHEMA,
        "spring.jpa.properties.hibernate.default_schema=" + TranslationIT.SCHEMA,
        "leadercoop.search.index-dir=${leadercoop.data-dir}/index-" + TranslationIT.SCHEMA,
        "leadercoop.admin.email=admin@test.leadercoop.eu", "leadercoop.admin.password=" + TestSupport.ADMIN_PASSWORD,
        "leadercoop.translation.provider=libretranslate",
        "leadercoop.translation.api-key=site-key",
        "leadercoop.translation.attempts=2",
        "leadercoop.translation.retry-delay=10ms",
        "leadercoop.translation.timeout=5s"})
@AutoConfigureMockMvc
@Import({TestSupport.class, TestAccounts.class})
@ExtendWith(OutputCaptureExtension.class)
class TranslationIT {

    static final String SCHEMA = "translation_it";
    static final FakeTranslationServer SERVER = start();

    static final String TITLE = "Külade õppereis Gruusiasse";
    static final String GOAL = "Korraldame õppereisi Gruusiasse";
    static final String GOAL_PL = "Organizujemy wyjazd studyjny do Gruzji";

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("leadercoop.translation.url", () -> SERVER.url().toString());
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TranslationQueue queue;

    @Autowired
    ProjectEditing editing;

    @Autowired
    Projects projects;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aPublishedProjectIsTranslatedIntoTheSitesOtherLanguagesAndStoredBesideTheOriginal() throws Exception {
        SERVER.translates("pl", GOAL, GOAL_PL);
        long id = create(TITLE, "published");
        idle();

        String json = api(id);
        assertThat((String) JsonPath.read(json, "$.title")).isEqualTo(TITLE);
        assertThat((List<String>) JsonPath.read(json, "$.goals")).containsExactly(GOAL, "Jagame kogemusi");
        assertThat((Map<String, Object>) JsonPath.read(json, "$.machine_translations")).containsOnlyKeys("pl", "en");
        assertThat((String) JsonPath.read(json, "$.machine_translations.pl.title")).isEqualTo("[pl] " + TITLE);
        assertThat((String) JsonPath.read(json, "$.machine_translations.pl.summary")).isEqualTo("[pl] Kolm tegevusrühma sõidavad Gruusiasse.");
        assertThat((List<String>) JsonPath.read(json, "$.machine_translations.pl.goals")).containsExactly(GOAL_PL, "[pl] Jagame kogemusi");
        assertThat((List<String>) JsonPath.read(json, "$.machine_translations.pl.expected_results")).containsExactly("[pl] 30 osalejat");
        assertThat((String) JsonPath.read(json, "$.machine_translations.pl.source_language")).isEqualTo("et");
        assertThat((String) JsonPath.read(json, "$.machine_translations.pl.service")).isEqualTo("libretranslate");
        assertThat((String) JsonPath.read(json, "$.machine_translations.en.title")).isEqualTo("[en] " + TITLE);

        List<FakeTranslationServer.Received> sent = sentFor(TITLE);
        assertThat(sent).extracting(FakeTranslationServer.Received::target).containsExactlyInAnyOrder("pl", "en");
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.body().get("source").asString()).isEqualTo("et");
            assertThat(r.body().get("api_key").asString()).isEqualTo("site-key");
            assertThat(r.texts()).containsExactly(TITLE, "Kolm tegevusrühma sõidavad Gruusiasse.", GOAL, "Jagame kogemusi", "30 osalejat");
        });
    }

    @Test
    void aPolishQueryFindsAnEstonianProjectThroughItsStoredPolishTranslation() throws Exception {
        String title = "Külade õppereis Gruusiasse (otsing)";
        SERVER.translates("pl", GOAL, GOAL_PL);
        // Nothing in the Estonian original says "Gruzji"; only the stored Polish translation of the goal does.
        long id = create(title, "published");
        idle();

        assertThat(searchTitles("Gruzji", "pl")).contains(title);
        assertThat(searchTitles("wyjazdów studyjnych Gruzji", "pl")).contains(title);
        assertThat(api(id)).doesNotContain("Gruzji\",\"Jagame"); // the original goals stay Estonian
    }

    @Test
    void aChangedGoalIsTranslatedAgainAloneAndItsOldTranslationIsNeitherShownNorFound() throws Exception {
        String title = "Külade õppereis Gruusiasse (muudetud)";
        SERVER.translates("pl", GOAL, GOAL_PL).translates("pl", "Korraldame õppereisi Armeeniasse", "Organizujemy wyjazd studyjny do Armenii");
        long id = create(title, "published");
        idle();
        assertThat(searchTitles("Gruzji", "pl")).contains(title);
        SERVER.forget();

        accounts.signIn(accounts.administrator());
        ProjectDetails before = projects.visibleDetails(id, null).orElseThrow();
        editing.update(id, before.version(), PartKind.GOALS, 0, new PartKind.GoalDraft("Korraldame õppereisi Armeeniasse"));
        idle();

        assertThat(SERVER.textsSent()).containsExactly("Korraldame õppereisi Armeeniasse", "Korraldame õppereisi Armeeniasse");
        String json = api(id);
        assertThat((List<String>) JsonPath.read(json, "$.machine_translations.pl.goals"))
                .containsExactly("Organizujemy wyjazd studyjny do Armenii", "[pl] Jagame kogemusi");
        assertThat((List<String>) JsonPath.read(json, "$.machine_translations.en.goals"))
                .containsExactly("[en] Korraldame õppereisi Armeeniasse", "[en] Jagame kogemusi");
        assertThat(searchTitles("Gruzji", "pl")).doesNotContain(title);
        assertThat(searchTitles("Armenii", "pl")).contains(title);
    }

    @Test
    void aSaveThatLeavesTheTextsAsTheyWereSendsNothing() throws Exception {
        String title = "Külade õppereis Gruusiasse (veebileht)";
        long id = create(title, "published");
        idle();
        SERVER.forget();

        accounts.signIn(accounts.administrator());
        ProjectDetails p = projects.visibleDetails(id, null).orElseThrow();
        editing.updateCore(id, p.version(), new CoreDraft("et", p.titles(), null, null, null, p.summary(), List.of(),
                "https://example.ee/gruusia", null, null));
        idle();

        assertThat(projects.visibleDetails(id, null).orElseThrow().website()).isEqualTo("https://example.ee/gruusia");
        assertThat(SERVER.received()).isEmpty();
        assertThat((String) JsonPath.read(api(id), "$.machine_translations.pl.title")).isEqualTo("[pl] " + title);
    }

    @Test
    void aDraftsTextsDoNotLeaveTheServer() throws Exception {
        String title = "Salajane mustand Gruusiast";
        long id = create(title, "draft");
        idle();

        assertThat(SERVER.textsSent()).doesNotContain(title);
        assertThat((Map<String, Object>) JsonPath.read(api(id), "$.machine_translations")).isEmpty();
    }

    @Test
    void aServiceThatKeepsFailingLeavesTheSaveAsItIsAndIsLoggedOnce(CapturedOutput output) throws Exception {
        SERVER.failing("TÕRGE");
        String title = "TÕRGE: õppereis Gruusiasse";
        MvcTestResult created = post(title, "published");
        assertThat(created).hasStatus(201);
        long id = ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
        idle();

        assertThat(projects.visibleDetails(id, null).orElseThrow().title()).isEqualTo(title);
        assertThat((Map<String, Object>) JsonPath.read(api(id), "$.machine_translations")).isEmpty();
        assertThat(sentFor(title)).hasSize(2); // leadercoop.translation.attempts=2
        assertThat(Pattern.compile("WARN .*Machine translation of project " + id + " by libretranslate failed: HTTP 500")
                .matcher(output.getOut()).results().count()).isEqualTo(1);
    }

    @Test
    void theProjectPageShowsTheTranslationMarkedInTheReadersLanguageWithTheOriginalOneClickAway() throws Exception {
        String title = "Külade õppereis Gruusiasse (lehekülg)";
        SERVER.translates("pl", title, "Wiejski wyjazd studyjny do Gruzji").translates("pl", GOAL, GOAL_PL);
        long id = create(title, "published");
        idle();

        Document polish = page("/projects/" + id + "?lang=pl");
        assertThat(polish.selectFirst("h1 span").text()).isEqualTo("Wiejski wyjazd studyjny do Gruzji");
        assertThat(polish.selectFirst("h1").attr("lang")).isEqualTo("pl");
        assertThat(polish.selectFirst("h1 .lc-machine-translated").text()).isEqualTo("tłumaczenie maszynowe");
        assertThat(polish.select("#goals + ol li").get(0).text()).isEqualTo(GOAL_PL + " tłumaczenie maszynowe");
        assertThat(polish.selectFirst(".lc-translation-notice").text()).startsWith("Tytuł, streszczenie, cele i rezultaty")
                .contains("libretranslate").endsWith("Język oryginału: estoński. Pokaż oryginał");
        String originalLink = polish.selectFirst("a.lc-show-original").attr("href");
        assertThat(originalLink).isEqualTo("/projects/" + id + "?original=");

        Document original = page(originalLink + "&lang=pl");
        assertThat(original.selectFirst("h1").text()).isEqualTo(title);
        assertThat(original.selectFirst("h1").attr("lang")).isEqualTo("et");
        assertThat(original.select(".lc-machine-translated")).isEmpty();
        assertThat(original.selectFirst("a.lc-show-translation").text()).isEqualTo("Pokaż tłumaczenie maszynowe (język: polski)");

        Document estonian = page("/projects/" + id + "?lang=et");
        assertThat(estonian.selectFirst("h1").text()).isEqualTo(title);
        assertThat(estonian.select(".lc-machine-translated, .lc-translation-notice")).isEmpty();
    }

    private long create(String title, String state) {
        MvcTestResult result = post(title, state);
        assertThat(result).hasStatus(201);
        return ((Number) JsonPath.read(Responses.body(result), "$.id")).longValue();
    }

    private MvcTestResult post(String title, String state) {
        String json = """
                {"language": "et", "titles": {"et": "%s"}, "publication_state": "%s",
                 "summary": "Kolm tegevusrühma sõidavad Gruusiasse.",
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner"}],
                 "goals": ["%s", "Jagame kogemusi"],
                 "expected_results": [{"text": "30 osalejat", "target": 30, "unit": "participants"}]}
                """.formatted(title, state, GOAL);
        return mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private String api(long id) {
        MvcTestResult result = mvc.get().uri("/api/projects/" + id).with(accounts.as(accounts.administrator())).exchange();
        assertThat(result).hasStatus(200);
        return Responses.body(result);
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(200);
        return Jsoup.parse(Responses.body(result));
    }

    private List<String> searchTitles(String q, String lang) {
        MvcTestResult result = mvc.get().uri("/api/search").param("q", q).param("lang", lang).exchange();
        assertThat(result).hasStatus(200);
        return JsonPath.read(Responses.body(result), "$.hits[*].project.title");
    }

    private static List<FakeTranslationServer.Received> sentFor(String title) {
        return SERVER.received().stream().filter(r -> r.texts().contains(title)).toList();
    }

    private void idle() throws InterruptedException {
        assertThat(queue.awaitIdle(60, TimeUnit.SECONDS)).as("the translation worker finished").isTrue();
    }

    private static FakeTranslationServer start() {
        try {
            return new FakeTranslationServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
