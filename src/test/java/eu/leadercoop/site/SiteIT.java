package eu.leadercoop.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 19, the site's own pages and the rough edges around them: about, contact, privacy notice, accessibility
 * statement and legal notice in every language, edited by network administrators only; the open data's licence;
 * the API description; parameter and code errors named; missing pages as 404s; language links that keep the query.
 */
@IntegrationTest
class SiteIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Value("${leadercoop.site-url}")
    String siteUrl;

    @AfterEach
    void shippedTextsAgain() {
        jdbc.sql("delete from site_page").update();
    }

    @ParameterizedTest
    @CsvSource({"/about,et,LeaderCoopist", "/contact,pl,Kontakt", "/privacy,en,Privacy notice", "/privacy,et,Privaatsusteade",
            "/accessibility,pl,Deklaracja dostępności", "/legal,en,Legal notice"})
    void eachPageIsThereInEachLanguageWithTheSitesContactAddressAndTheFootersLinks(String path, String lang, String heading) {
        String page = page(path + "?lang=" + lang);
        assertThat(page).contains("<h1>" + heading + "</h1>");
        assertThat(page).contains("href=\"/about\"", "href=\"/contact\"", "href=\"/privacy\"", "href=\"/accessibility\"", "href=\"/legal\"");
        if (!path.equals("/legal") && !path.equals("/about")) {
            assertThat(page).contains("<a href=\"mailto:admin@test.leadercoop.eu\">admin@test.leadercoop.eu</a>");
        }
    }

    @Test
    void anAdministratorRewritesAPageInOneLanguageAndTheOthersKeepTheirText() {
        var admin = accounts.administrator();
        MvcTestResult saved = mvc.post().uri("/admin/site-pages/contact/et").with(accounts.as(admin))
                .param("title", "Võta ühendust").param("body", "## Büroo\nKirjuta info@leader.ee või helista.").exchange();

        assertThat(saved).hasStatus(302).hasRedirectedUrl("/contact?lang=et");
        String page = page("/contact?lang=et");
        assertThat(page).contains("<h1>Võta ühendust</h1>", "<h2>Büroo</h2>",
                "Kirjuta <a href=\"mailto:info@leader.ee\">info@leader.ee</a> või helista.", "Viimati muudetud 1. september 2024");
        assertThat(page("/contact?lang=pl")).contains("<h1>Kontakt</h1>");
        assertThat(jdbc.sql("select updated_by from site_page where slug = 'contact' and language = 'et'").query(String.class).single())
                .isEqualTo(admin.getEmail());

        assertThat(mvc.post().uri("/admin/site-pages/contact/et").with(accounts.as(admin)).param("reset", "1"))
                .hasStatus(302);
        assertThat(page("/contact?lang=et")).contains("<h1>Kontakt</h1>");
    }

    @Test
    void aPageWithoutTitleOrTextIsNotSavedAndTheFormSaysWhy() {
        MvcTestResult refused = mvc.post().uri("/admin/site-pages/about/en").with(accounts.as(accounts.administrator()))
                .header("Accept-Language", "en").param("title", " ").param("body", "").exchange();

        assertThat(refused).hasStatus(422);
        assertThat(Responses.body(refused)).contains("id=\"site-title-problem\">This is required.<", "id=\"site-body-problem\">This is required.<");
        assertThat(jdbc.sql("select count(*) from site_page").query(Long.class).single()).isZero();
    }

    @Test
    void onlyNetworkAdministratorsEditThePages() {
        assertThat(mvc.get().uri("/admin/site-pages")).hasStatus(302).hasRedirectedUrl("/login");
        var editor = accounts.editorOf("MTÜ Lääne-Harju Koostöökogu");
        assertThat(mvc.get().uri("/admin/site-pages/about/et").with(accounts.as(editor))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/site-pages/about/et").with(accounts.as(editor)).param("title", "x").param("body", "y"))
                .hasStatus(403);
        assertThat(jdbc.sql("select count(*) from site_page").query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/admin/site-pages").with(accounts.as(accounts.administrator()))).hasStatusOk();
        assertThat(mvc.get().uri("/admin/site-pages/about/xx").with(accounts.as(accounts.administrator()))).hasStatus(404);
    }

    @Test
    void theOpenDataNamesItsLicenceOnThePageInTheFileAndOnEveryDownload() {
        assertThat(page("/open-data?lang=en")).contains("<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>");
        MvcTestResult json = mvc.get().uri("/api/export/open-data.json").exchange();
        assertThat(JsonPath.<Map<String, String>>read(Responses.body(json), "$.licence"))
                .isEqualTo(Map.of("name", "CC BY 4.0", "url", "https://creativecommons.org/licenses/by/4.0/"));
        for (String download : List.of("/api/export/projects.csv", "/api/export/events.xlsx", "/api/export/open-data.json")) {
            assertThat(mvc.get().uri(download).exchange().getResponse().getHeader("Link")).as(download)
                    .isEqualTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"; title=\"CC BY 4.0\"");
        }
    }

    @Test
    void theApiDescriptionNamesTheSiteItsVersionAndLocksOnlyWhatNeedsSignIn() {
        String docs = Responses.body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat(JsonPath.<String>read(docs, "$.info.title")).isEqualTo("LeaderCoop API");
        assertThat(JsonPath.<String>read(docs, "$.info.version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(JsonPath.<String>read(docs, "$.servers[0].url")).isEqualTo(siteUrl);
        assertThat(JsonPath.<List<String>>read(docs, "$.tags[*].name")).startsWith("Projects", "Project editing", "Organisations", "Search");
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/projects'].get")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).doesNotContainKey("security");
        assertThat(JsonPath.<List<Object>>read(docs, "$.paths['/api/projects'].post.security")).hasSize(1);
        assertThat(JsonPath.<List<Object>>read(docs, "$.paths['/api/me'].get.security")).hasSize(1);
        assertThat(docs).doesNotContain("Generated server url");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/search?size=abc|size|abc", "/api/search?page=abc|page|abc",
            "/api/projects?size=abc|size|", "/api/search?country=XX|country|XX", "/api/search?region=ZZ-99|region|ZZ-99",
            "/api/search?region=EE-99|region|EE-99", "/api/events?region=ZZ-99|region|ZZ-99"})
    void aWrongParameterOrAnUnknownCodeIsA400NamingIt(String uri, String parameter, String value) {
        MvcTestResult result = mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
        String body = Responses.body(result);
        assertThat(result).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).as(body).containsExactly(parameter);
        if (value != null) {
            assertThat(JsonPath.<String>read(body, "$.errors[0].message")).as(body).contains(value);
        }
    }

    @Test
    void knownCodesStillFilter() {
        assertThat(mvc.get().uri("/api/search?country=ee&region=EE-37").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/search?region=FI-18").exchange()).as("a country the region table does not cover yet").hasStatusOk();
    }

    @Test
    void anAddressThatCannotNameAPageIsNotFoundAndABadQueryIsABadRequest() {
        assertThat(mvc.get().uri("/projects/abc").accept(MediaType.TEXT_HTML).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/organisations/abc").accept(MediaType.TEXT_HTML).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/search?size=abc").accept(MediaType.TEXT_HTML).exchange()).hasStatus(400);
    }

    @Test
    void theLanguageLinksKeepThePageItsQueryAndItsFilters() {
        assertThat(page("/search?q=%C3%B5ppereis&country=EE&lang=et"))
                .contains("href=\"/search?q=%C3%B5ppereis&amp;country=EE&amp;lang=pl\"",
                        "href=\"/search?q=%C3%B5ppereis&amp;country=EE&amp;lang=en\"");
    }

    @Test
    void anEventsRegionMayBeGivenByItsName() {
        var admin = accounts.administrator();
        MvcTestResult created = mvc.post().uri("/api/projects").with(TestAccounts.bearer(accounts.tokenOf(admin)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"language": "et", "titles": {"et": "Piirkond nimega"},
                         "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner"}],
                         "events": [{"title": "Seminar", "type": "seminar", "date": {"start": "2024-05"}, "country": "EE", "region": "Harjumaa"},
                                    {"title": "Õppereis", "type": "study_trip", "date": {"start": "2024-06"}, "country": "PL", "region": "lubelskie"}]}""")
                .exchange();

        String body = Responses.body(created);
        assertThat(created).as(body).hasStatus(201);
        assertThat(JsonPath.<List<String>>read(body, "$.events[*].region")).containsExactly("EE-37", "PL-LU");

        MvcTestResult refused = mvc.post().uri("/api/projects").with(TestAccounts.bearer(accounts.tokenOf(admin)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"language": "et", "titles": {"et": "Tundmatu piirkond"},
                         "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner"}],
                         "events": [{"title": "Seminar", "type": "seminar", "date": {"start": "2024-05"}, "region": "Atlantis"}]}""")
                .exchange();
        assertThat(refused).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(Responses.body(refused), "$.errors[*].field")).containsExactly("events[0].region");
    }

    /** {@code uri} as written, already percent-encoded (a template would encode its % again). */
    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(URI.create(uri)).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Responses.body(result);
    }
}
