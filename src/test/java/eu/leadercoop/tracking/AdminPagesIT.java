package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' pages for ECB rates and measure rules. Rates and rules here are test fixtures, not ECB
 * figures or real programme rules; every test rolls back.
 */
@IntegrationTest
@Transactional
class AdminPagesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Rates rates;

    @Autowired
    TestAccounts accounts;

    UserAccount admin;

    @BeforeEach
    void signIn() {
        admin = accounts.administrator();
    }

    @Test
    void uploadingAnEcbFileImportsItAndTheListShowsEachCurrencysDays() {
        assertThat(page("/admin/rates").select("main p").eachText())
                .contains("No rates have been imported yet: amounts in other currencies are shown without a euro value.");
        MvcTestResult upload = mvc.post().uri("/admin/rates").with(accounts.as(admin)).multipart()
                .file(csv("eurofxref-hist.csv", MoneyChecksIT.FIXTURE_RATES)).exchange();
        assertThat(upload).hasStatus(302).hasRedirectedUrl("/admin/rates");
        assertThat(upload.getMvcResult().getFlashMap().get("imported")).isInstanceOfSatisfying(RatesImport.class, i -> assertThat(i.rates()).isEqualTo(2));
        Document after = page("/admin/rates");
        assertThat(after.select(".lc-rate-coverage tbody tr").eachText()).containsExactly("PLN 27 October 2023 31 October 2023 2");
        assertThat(after.select("main p").eachText())
                .contains("Last import: eurofxref-hist.csv, rates of 27 October 2023 to 31 October 2023.");
    }

    @Test
    void aMalformedFileIsRefusedNamingItsLineAndNothingIsStored() {
        MvcTestResult upload = mvc.post().uri("/admin/rates").with(accounts.as(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "et").multipart()
                .file(csv("eurofxref.csv", "Date, USD, PLN, \n31 October 2023, N/A, 4.4000, \n30 October 2023, N/A, four, \n")).exchange();
        assertThat(upload).hasStatus(400);
        Document page = Jsoup.parse(Responses.body(upload));
        assertThat(page.selectFirst("#rates-file-error").text()).isEqualTo(
                "Seda faili ei saa lugeda EKP kursifailina; midagi ei salvestatud. eurofxref.csv: line 3: PLN 'four' is not a number");
        assertThat(page.selectFirst("#rates-file").hasClass("is-invalid")).isTrue();
        assertThat(rates.coverage()).isEmpty();
        assertThat(mvc.post().uri("/admin/rates").with(accounts.as(admin)).multipart().exchange()).hasStatus(400);
    }

    @Test
    void anAdministratorAddsAMeasureRuleSeesItListedAndDeletesIt() {
        MvcTestResult added = mvc.post().uri("/admin/measure-rules").with(accounts.as(admin)).param("programme", "Võrumaa Partnerluskogu strateegia")
                .param("measure", "1.2").param("max_percent", "90").param("note", "test fixture").exchange();
        assertThat(added).hasStatus(302).hasRedirectedUrl("/admin/measure-rules");
        Document list = page("/admin/measure-rules");
        assertThat(list.select(".lc-measure-rules tbody tr").eachText()).containsExactly("Võrumaa Partnerluskogu strateegia 1.2 90% test fixture Delete");
        String delete = list.selectFirst(".lc-measure-rules form").attr("action");
        assertThat(mvc.post().uri(delete).with(accounts.as(admin)).exchange()).hasStatus(302);
        assertThat(page("/admin/measure-rules").select(".lc-measure-rules")).isEmpty();
    }

    @Test
    void aRuleWithoutProgrammeOrWithAShareThatIsNoPercentageIsRefusedBesideEachFieldAndNotSaved() {
        MvcTestResult refused = mvc.post().uri("/admin/measure-rules").with(accounts.as(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .param("programme", " ").param("measure", "1.2").param("max_percent", "dziewięćdziesiąt").exchange();
        assertThat(refused).hasStatus(400);
        Document page = Jsoup.parse(Responses.body(refused));
        assertThat(page.select(".is-invalid").eachAttr("name")).containsExactly("programme", "max_percent");
        assertThat(page.select(".invalid-feedback").eachText()).containsExactly("Wypełnij to pole.",
                "Podaj procent większy od 0 i nie większy niż 100, np. 90 lub 85,5.");
        assertThat(page.selectFirst("#rule-max_percent").attr("value")).isEqualTo("dziewięćdziesiąt");
        MvcTestResult tooMuch = mvc.post().uri("/admin/measure-rules").with(accounts.as(admin)).param("programme", "X").param("measure", "1")
                .param("max_percent", "101").exchange();
        assertThat(tooMuch).hasStatus(400);
        assertThat(page("/admin/measure-rules").select(".lc-measure-rules")).isEmpty();
    }

    @Test
    void administratorsFindThePagesOnTheirAccountPageOthersDoNot() {
        assertThat(page("/account").select(".lc-admin-links a").eachAttr("href")).containsExactly("/admin/users", "/admin/rates", "/admin/site-pages", "/admin/measure-rules");
        MvcTestResult editor = mvc.get().uri("/account").with(accounts.as(accounts.editorOf("MTÜ Kodukant Läänemaa"))).exchange();
        assertThat(Jsoup.parse(Responses.body(editor)).select(".lc-admin-links")).isEmpty();
    }

    @Test
    void onlyNetworkAdministratorsGetInReadersAreSentToSignInAndEditorsRefused() {
        assertThat(mvc.get().uri("/admin/rates").exchange()).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/admin/measure-rules").exchange()).hasStatus(302).hasRedirectedUrl("/login");
        UserAccount editor = accounts.editorOf("MTÜ Kodukant Läänemaa");
        assertThat(mvc.get().uri("/admin/rates").with(accounts.as(editor)).exchange()).hasStatus(403);
        MvcTestResult upload = mvc.post().uri("/admin/rates").with(accounts.as(editor)).multipart()
                .file(csv("eurofxref-hist.csv", MoneyChecksIT.FIXTURE_RATES)).exchange();
        assertThat(upload).hasStatus(403);
        assertThat(mvc.post().uri("/admin/measure-rules").with(accounts.as(editor)).param("programme", "X")
                .param("measure", "1").param("max_percent", "50").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/measure-rules").with(accounts.anonymous()).param("programme", "X")
                .param("measure", "1").param("max_percent", "50").exchange()).hasStatus(302);
        assertThat(mvc.post().uri("/admin/measure-rules").with(accounts.asWithoutCsrf(admin)).param("programme", "X")
                .param("measure", "1").param("max_percent", "50").exchange()).hasStatus(403);
        assertThat(rates.coverage()).isEmpty();
        assertThat(page("/admin/measure-rules").select(".lc-measure-rules")).isEmpty();
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(accounts.as(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        assertThat(result).hasStatus(200);
        return Jsoup.parse(Responses.body(result));
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
