package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.Organisations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network administrator imports a national list through the API and the page: a preview row by row,
 * then the import; a list with a bad row is refused naming the row and nothing of it is saved. Each test's
 * transaction is rolled back.
 */
@IntegrationTest
@Transactional
class DirectoryImportIT {

    /** Two LAGs of Latvia and the example projects' Ida-Harju Koostöökoda with its website. */
    static final String LIST = LagDirectory.HEADER + "\n"
            + "Gaujas partnerība,\"Biedrība \"\"Gaujas partnerība\"\"\",lag,LV,Vidzeme,https://gaujaspartneriba.lv,,,2014-2020,"
            + "https://gaujaspartneriba.lv/,2026-12-07\n"
            + "Ludzas rajona partnerība,,lag,LV,Latgale,https://ludzaspartneriba.lv,,,2014-2020,https://ludzaspartneriba.lv/,2026-12-07\n"
            + "Ida-Harju Koostöökoda,IHKK,lag,EE,Harju maakond,https://idaharju.ee,,,2023-2027,https://idaharju.ee/for-partners/,2026-12-07\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount admin;

    @BeforeEach
    void administrator() {
        admin = accounts.administrator();
    }

    @Test
    void aDryRunPreviewsEachRowAndSavesNothing() {
        long before = count();
        MvcTestResult preview = mvc.post().uri("/api/organisations/import?dry_run=true").with(accounts.as(admin)).multipart()
                .file(csv("lv.csv", LIST)).exchange();
        assertThat(preview).hasStatus(200);
        String body = Responses.body(preview);
        assertThat((List<Integer>) JsonPath.read(body, "$.rows[*].row")).containsExactly(2, 3, 4);
        assertThat((List<String>) JsonPath.read(body, "$.rows[*].status")).containsExactly("NEW", "NEW", "UPDATED");
        assertThat((List<String>) JsonPath.read(body, "$.rows[2].changed")).contains("website", "regions", "periods", "aliases");
        assertThat(count()).isEqualTo(before);
        assertThat(organisations.findByName("Gaujas partnerība")).isEmpty();
    }

    @Test
    void theImportAddsTheNewOrganisationsAndCompletesTheOneItMatches() {
        long before = count();
        MvcTestResult imported = mvc.post().uri("/api/organisations/import").with(accounts.as(admin)).multipart()
                .file(csv("lv.csv", LIST)).exchange();
        assertThat(imported).hasStatus(200);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(organisations.findByName("Biedrība \"Gaujas partnerība\"")).singleElement()
                .satisfies(o -> {
                    assertThat(o.country()).isEqualTo("LV");
                    assertThat(o.regions()).containsExactly("Vidzeme");
                    assertThat(o.source()).isEqualTo("https://gaujaspartneriba.lv/");
                });
        assertThat(organisations.findByName("IHKK")).singleElement()
                .satisfies(o -> assertThat(o.website()).isEqualTo("https://idaharju.ee"));
        // the same file again changes nothing
        String again = Responses.body(mvc.post().uri("/api/organisations/import").with(accounts.as(admin)).multipart()
                .file(csv("lv.csv", LIST)).exchange());
        assertThat((List<String>) JsonPath.read(again, "$.rows[*].status")).containsOnly("UNCHANGED");
    }

    @Test
    void aListWithABadRowIsRefusedNamingTheRowAndNothingIsSaved() {
        long before = count();
        String bad = LIST + "Rēzeknes partnerība,,lag,LV,,www.rezeknespartneriba,,,2014-2020,https://laukutikls.lv/,7.12.2026\n";
        MvcTestResult refused = mvc.post().uri("/api/organisations/import").with(accounts.as(admin)).multipart()
                .file(csv("lv.csv", bad)).exchange();
        assertThat(refused).hasStatus(400);
        String body = Responses.body(refused);
        assertThat((List<Integer>) JsonPath.read(body, "$.errors[*].row")).containsExactly(5);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].message"))
                .containsExactly("row 5: website 'www.rezeknespartneriba' is not an http(s) address");
        assertThat(count()).isEqualTo(before);
        assertThat(organisations.findByName("Gaujas partnerība")).isEmpty();
        assertThat(organisations.findByName("Ida-Harju Koostöökoda")).singleElement().satisfies(o -> {
            assertThat(o.website()).isNull();
            assertThat(o.aliases()).doesNotContain("IHKK");
        });
    }

    @Test
    void onlyNetworkAdministratorsImport() {
        assertThat(mvc.post().uri("/api/organisations/import?dry_run=true").with(accounts.as(accounts.editorOf("MTÜ PAIK")))
                .multipart().file(csv("lv.csv", LIST)).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/api/organisations/import").with(accounts.anonymous()).multipart()
                .file(csv("lv.csv", LIST)).exchange()).hasStatus(401);
    }

    @Test
    void thePageShowsThePreviewInPolishAndImportsOnConfirmation() {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult preview = mvc.post().uri("/organisations/import").session(session).with(accounts.as(admin))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "pl").multipart().file(csv("lv.csv", LIST)).exchange();
        assertThat(preview).hasStatus(200);
        Document page = Jsoup.parse(Responses.body(preview));
        assertThat(page.select("main tbody tr").eachText()).containsExactly(
                "2 Gaujas partnerība nowa",
                "3 Ludzas rajona partnerība nowa",
                "4 Ida-Harju Koostöökoda zmieniona zmienia się: website, regions, periods, aliases, source"
                        + " zostaje tak, jak zmienili ludzie: name");
        String token = page.selectFirst("input[name=token]").attr("value");
        long before = count();

        MvcTestResult confirmed = mvc.post().uri("/organisations/import/confirm").session(session).with(accounts.as(admin))
                .param("token", token).exchange();
        assertThat(confirmed).hasStatus(302).hasRedirectedUrl("/organisations/import");
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void thePageRefusesAListWithABadRowWithoutAConfirmButton() {
        String bad = LIST + "Rēzeknes partnerība,,lgd,LV,,,,,,https://laukutikls.lv/,2026-12-07\n";
        MvcTestResult preview = mvc.post().uri("/organisations/import").with(accounts.as(admin))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").multipart().file(csv("lv.csv", bad)).exchange();
        assertThat(preview).hasStatus(400);
        Document page = Jsoup.parse(Responses.body(preview));
        assertThat(page.select("main tr.table-danger").eachText()).singleElement().asString()
                .startsWith("5 Rēzeknes partnerība invalid unknown kind 'lgd'");
        assertThat(page.select("input[name=token]")).isEmpty();
        assertThat(page.select("main [role=alert]").text()).contains("Nothing has been saved.");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from organisation", Long.class);
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
