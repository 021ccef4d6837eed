package eu.leadercoop.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core in a real browser on the public pages: no violation of impact serious or critical. The home page
 * in each language; the other pages in English, plus the project page in the language it is written in.
 */
@BrowserTest
class AccessibilityIT {

    /** An example project with everything: partners (one joined later), activities, commitments, events, media. */
    static final String PIIRKONDADE = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
    static final String LEAD_PARTNER = "MTÜ Lääne-Harju Koostöökogu";

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"et", "pl", "en"})
    void homePageInEachLanguage(String language, Browser browser) {
        browser.open("/?lang=" + language);
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"et", "en"})
    void projectPage(String language, Browser browser) {
        browser.open("/?lang=" + language).follow(PIIRKONDADE);
        assertThat(browser.currentPath()).matches("/projects/\\d+");
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%C3%B5ppereis&lang=en", "/search?q=%C3%B5ppereis&lang=et"})
    void searchPage(String path, Browser browser) {
        browser.open(path);
        assertThat(browser.findAll("#search-results .lc-hit")).isNotEmpty();
        browser.assertAccessible();
    }

    @Test
    void organisationPages(Browser browser) {
        browser.open("/organisations?lang=en").assertAccessible();
        // the directory lists many organisations: search for the one to open, as a reader would
        browser.open("/organisations?lang=en&q=" + java.net.URLEncoder.encode(LEAD_PARTNER, java.nio.charset.StandardCharsets.UTF_8))
                .follow(LEAD_PARTNER);
        assertThat(browser.currentPath()).matches("/organisations/\\d+");
        browser.assertAccessible();
    }

    @Test
    void signInPage(Browser browser) {
        browser.open("/login?lang=en").assertAccessible();
    }

    @Test
    void accountPageOfASignedInEditor(Browser browser) {
        browser.signIn(accounts.editorOf(LEAD_PARTNER));
        assertThat(browser.currentPath()).isEqualTo("/account");
        browser.open("/account?lang=en").assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events", "/map", "/statistics", "/open-data", "/dashboards/network"})
    void otherPublicPages(String path, Browser browser) {
        browser.open(path + "?lang=en").assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The editing pages an administrator sees, each with a form open where the page has several. */
    @ParameterizedTest
    @ValueSource(strings = {"/edit?open=core", "/edit?open=events-new", "/edit?open=activities-new", "/edit?open=partners-new",
            "/history", "/invitations"})
    void editingPagesOfAProject(String page, Browser browser) {
        browser.signIn(accounts.administrator());
        browser.open("/?lang=en").follow(PIIRKONDADE);
        browser.open(browser.currentPath() + page + (page.contains("?") ? "&" : "?") + "lang=en").assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/projects/new", "/organisations/new", "/admin/users", "/import", "/organisations/import"})
    void otherEditingPages(String path, Browser browser) {
        browser.signIn(accounts.administrator());
        browser.open(path + "?lang=et").assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Issue 19: the site's own pages, in each language, and their editor. */
    @ParameterizedTest
    @ValueSource(strings = {"/about?lang=et", "/contact?lang=pl", "/privacy?lang=en", "/privacy?lang=pl", "/accessibility?lang=et",
            "/accessibility?lang=en", "/legal?lang=pl", "/projects/abc?lang=et"})
    void theSitesOwnPages(String path, Browser browser) {
        browser.open(path).assertAccessible();
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/projects/abc"), "only the missing page's own 404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/site-pages?lang=en", "/admin/site-pages/privacy/et?lang=et", "/admin/site-pages/legal/pl?lang=pl"})
    void theEditorOfTheSitesPages(String path, Browser browser) {
        browser.signIn(accounts.administrator());
        browser.open(path).assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A refused save shows each problem beside its field. */
    @Test
    void aRefusedSitePageSave(Browser browser) {
        browser.signIn(accounts.administrator());
        browser.open("/admin/site-pages/about/en?lang=en");
        browser.find("#site-title").clear();
        browser.click(browser.find("main form button[type=submit]"));
        assertThat(browser.find("#site-title-problem").getText()).isEqualTo("This is required.");
        browser.assertAccessible();
    }

    @Test
    void anOrganisationsEditingPage(Browser browser) {
        browser.signIn(accounts.administrator());
        browser.open("/organisations?lang=pl&q=" + java.net.URLEncoder.encode(LEAD_PARTNER, java.nio.charset.StandardCharsets.UTF_8))
                .follow(LEAD_PARTNER);
        browser.open(browser.currentPath() + "/edit?lang=pl").assertAccessible();
    }
}
