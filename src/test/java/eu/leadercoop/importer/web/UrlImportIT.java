package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.fetch.FixtureSite;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Import from web addresses, against fixture pages served on this machine (the tests allow private addresses):
 * the API and the Import page make a draft from a project page inside a LAG site's chrome, exactly like an uploaded
 * HTML file with the address as its source, and answer every bad address with a message naming it, saving nothing.
 */
class UrlImportIT extends ImportPageSpecification {

    private static FixtureSite site;

    @BeforeAll
    static void startSite() throws Exception {
        site = new FixtureSite(Fixtures.seed(1));
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    private MvcTestResult api(RequestPostProcessor who, String lang, String json) {
        return mvc.perform(post("/api/import/url").with(who).header(HttpHeaders.ACCEPT_LANGUAGE, lang)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String urls(String... addresses) {
        return "{\"urls\": [" + String.join(", ", java.util.Arrays.stream(addresses).map(a -> "\"" + a + "\"").toList()) + "]}";
    }

    @Test
    void theApiMakesADraftFromAProjectPageAndNamesTheProblemOfEveryOtherAddress() throws Exception {
        RequestPostProcessor editor = TestAccounts.bearer(accounts.tokenOf(accounts.administrator()));
        int pending = drafts.pending().size();
        String closed = FixtureSite.closedPort();
        MvcTestResult result = api(editor, "en", urls(site.url("/moved"), site.url("/missing"), site.url("/broken"),
                site.url("/loop-a"), site.url("/huge"), site.url("/closed/project"), site.url("/empty"),
                site.url("/no-project"), site.url("/image.png"), "ftp://files.example.org/p.txt", "not an address", closed));
        assertThat(result).hasStatus(201);
        String body = Responses.body(result);

        assertThat((List<Object>) JsonPath.read(body, "$.drafts")).hasSize(1);
        int id = JsonPath.read(body, "$.drafts[0].id");
        assertThat((String) JsonPath.read(body, "$.drafts[0].source")).isEqualTo(site.url("/project"));
        assertThat((String) JsonPath.read(body, "$.drafts[0].review")).isEqualTo("/import/drafts/" + id);
        assertThat((String) JsonPath.read(body, "$.results[0].url")).isEqualTo(site.url("/moved"));
        assertThat((Integer) JsonPath.read(body, "$.results[0].draft_id")).isEqualTo(id);
        assertThat((List<String>) JsonPath.read(body, "$.results[*].problem")).containsExactly("not_found", "http_status",
                "redirect_loop", "too_large", "robots_disallowed", "no_text", "no_project", "content_type", "scheme",
                "malformed", "unreachable");
        assertThat((List<String>) JsonPath.read(body, "$.results[*].error")).containsExactly(
                site.url("/missing") + ": there is no such page on the site (HTTP 404).",
                site.url("/broken") + ": the site answered with an error (HTTP 500).",
                site.url("/loop-a") + ": the site sends the reader round in a circle of redirects.",
                site.url("/huge") + ": the page is larger than 10 MB; a project page is much smaller.",
                site.url("/closed/project") + ": the robots.txt of 127.0.0.1 does not allow LeaderCoop to read this page.",
                site.url("/empty") + ": the page has no text.",
                site.url("/no-project") + ": the page does not describe a project (no period, partners, budget, goals or activities were found).",
                site.url("/image.png") + ": this is not a web page or a document (image/png).",
                "ftp://files.example.org/p.txt: only http and https addresses can be read, not ftp.",
                "not an address: this is not a web address.",
                closed + ": the site 127.0.0.1 could not be reached.");
        assertThat(drafts.pending()).hasSize(pending + 1);

        // the draft is the one an uploaded HTML file of the same page gives, without the site's chrome
        Draft draft = drafts.find(id).orElseThrow();
        assertThat(draft.sourceName()).isEqualTo(site.url("/project"));
        assertThat(draft.text()).doesNotContain(FixtureSite.CHROME_WORDS);
        Draft uploaded = ((eu.leadercoop.importer.draft.ImportDrafts.Kept) drafts.add("seed.html",
                FixtureSite.page(Fixtures.seed(1).lines().findFirst().orElseThrow().strip(), Fixtures.seed(1)).getBytes(java.nio.charset.StandardCharsets.UTF_8))).draft();
        assertThat(draft.extracted().partners()).isEqualTo(uploaded.extracted().partners()).isNotEmpty();
        assertThat(draft.extracted().title()).isEqualTo(uploaded.extracted().title());
        assertThat(draft.extracted().period()).isEqualTo(uploaded.extracted().period());
    }

    @Test
    void theApiSpeaksTheReadersLanguageAndRefusesAnEmptyListAndStrangers() {
        RequestPostProcessor editor = TestAccounts.bearer(accounts.tokenOf(accounts.administrator()));
        int pending = drafts.pending().size();
        MvcTestResult estonian = api(editor, "et", urls(site.url("/missing"), site.url("/loop-a")));
        assertThat(estonian).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(estonian), "$.results[*].error")).containsExactly(
                site.url("/missing") + ": saidil ei ole sellist lehte (HTTP 404).",
                site.url("/loop-a") + ": sait suunab lugeja ringiratast ümber.");
        MvcTestResult polish = api(editor, "pl", urls("gopher://example.org/"));
        assertThat((String) JsonPath.read(Responses.body(polish), "$.results[0].error"))
                .isEqualTo("gopher://example.org/: można odczytywać tylko adresy http i https, a nie gopher.");

        MvcTestResult none = api(editor, "et", "{\"urls\": [\" \"]}");
        assertThat(none).hasStatus(400);
        assertThat((String) JsonPath.read(Responses.body(none), "$.error")).isEqualTo("Sisesta vähemalt üks veebiaadress.");
        String many = urls(java.util.stream.IntStream.range(0, 21).mapToObj(i -> site.url("/p" + i)).toArray(String[]::new));
        assertThat((String) JsonPath.read(Responses.body(api(editor, "en", many)), "$.error"))
                .isEqualTo("At most 20 addresses can be read at once; 21 were given.");

        assertThat(api(accounts.anonymous(), "en", urls(site.url("/project")))).hasStatus(401);
        assertThat(mvc.perform(post("/import/url").param("urls", site.url("/project")).with(accounts.anonymous())))
                .hasStatus3xxRedirection();
        assertThat(mvc.perform(post("/import/url").param("urls", site.url("/project"))
                .with(accounts.asWithoutCsrf(accounts.administrator())))).hasStatus(403);
        assertThat(drafts.pending()).hasSize(pending);

        String docs = Responses.body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat((String) JsonPath.read(docs, "$.paths['/api/import/url'].post.summary"))
                .isEqualTo("Fetch web pages (http/https, up to 20) and make a draft for review from each");
    }

    @Test
    void onThePageSeveralAddressesShowProgressAndEndInTheListOfDrafts() throws Exception {
        String addresses = site.url("/project") + "\n\n" + site.url("/missing") + "\n" + site.url("/no-project") + "\n";
        MvcTestResult started = mvc.perform(post("/import/url").param("urls", addresses).header("HX-Request", "true")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "et").with(administrator));
        assertThat(started).hasStatusOk();
        Document fragment = Jsoup.parseBodyFragment(Responses.body(started));
        String poll = fragment.selectFirst("#url-progress").attr("hx-get");
        assertThat(poll).startsWith("/import/url/");
        assertThat(fragment.selectFirst("#url-progress").attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(fragment.selectFirst("progress").attr("max")).isEqualTo("3");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MvcTestResult status;
        do {
            Thread.sleep(200);
            status = mvc.perform(get(poll).header("HX-Request", "true").header(HttpHeaders.ACCEPT_LANGUAGE, "et").with(administrator));
            assertThat(status).hasStatusOk();
        } while (status.getResponse().getHeader("HX-Redirect") == null && System.nanoTime() < deadline);
        assertThat(status.getResponse().getHeader("HX-Redirect")).isEqualTo(poll);
        assertThat(Jsoup.parseBodyFragment(Responses.body(status)).selectFirst("#url-progress p").text())
                .isEqualTo("Loetud 3/3 aadressi.");

        Document page = client.page(poll, "et");
        assertThat(page.select(".lc-url-results a").eachText()).containsExactly(
                "Mustand on ülevaatamiseks valmis: " + site.url("/project"));
        assertThat(page.select(".lc-url-results .alert").eachText()).containsExactly(
                site.url("/missing") + ": saidil ei ole sellist lehte (HTTP 404).",
                site.url("/no-project") + ": leht ei kirjelda projekti (ei leitud perioodi, partnereid, eelarvet, eesmärke ega tegevusi).");
        long draft = ImportClient.draftId(page.selectFirst(".lc-url-results a").attr("href"));
        assertThat(page.select("table.lc-drafts tbody tr#draft-" + draft + " th").text()).isEqualTo(site.url("/project"));

        // a reading is its owner's alone
        RequestPostProcessor other = accounts.as(accounts.administrator());
        MvcTestResult stranger = mvc.perform(get(poll).header("HX-Request", "true").header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(other));
        assertThat(Jsoup.parseBodyFragment(Responses.body(stranger)).text()).startsWith("This reading is over");
        assertThat(mvc.perform(get(poll).with(other))).hasStatus(404);
    }

    @Test
    void withoutScriptOneAddressOpensItsDraftAndBadInputIsSaidOnThePage() {
        MvcTestResult read = mvc.perform(post("/import/url").param("urls", site.url("/project"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(administrator));
        assertThat(read).hasStatus3xxRedirection();
        Document review = client.review(ImportClient.draftId(read.getResponse().getRedirectedUrl()));
        assertThat(review.selectFirst(".lc-source").text()).contains("Lääne-Harju").doesNotContain(FixtureSite.CHROME_WORDS);

        int pending = drafts.pending().size();
        MvcTestResult bad = mvc.perform(post("/import/url").param("urls", site.url("/missing") + "\nhttp://localhost:0/x")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(administrator));
        assertThat(bad).hasStatus(400);
        Document page = ImportClient.html(bad);
        assertThat(page.select(".lc-url-results .alert").eachText()).containsExactly(
                site.url("/missing") + ": there is no such page on the site (HTTP 404).",
                "http://localhost:0/x: this is not a web address.");
        assertThat(page.selectFirst("#import-urls").text()).contains(site.url("/missing"));

        MvcTestResult empty = mvc.perform(post("/import/url").param("urls", "  \n ").header(HttpHeaders.ACCEPT_LANGUAGE, "pl").with(administrator));
        assertThat(empty).hasStatus(400);
        assertThat(ImportClient.html(empty).selectFirst(".lc-url-form [role=alert]").text()).isEqualTo("Podaj co najmniej jeden adres internetowy.");
        assertThat(drafts.pending()).hasSize(pending);
        assertThat(client.page("/import", "pl").selectFirst("label[for=import-urls]").text()).isEqualTo("Adresy internetowe stron projektów");
    }
}
