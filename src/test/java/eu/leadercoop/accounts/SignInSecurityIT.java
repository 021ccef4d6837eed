package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.MailServer;
import eu.leadercoop.Responses;
import eu.leadercoop.TestSupport;
import eu.leadercoop.accounts.internal.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Sign-in and the protections around it: the first administrator can sign in, sessions get a new id at
 * sign-in, repeated failures are throttled, failures never tell whether an account exists, forged
 * requests (no CSRF token) change nothing, API tokens work without one and stop working when revoked,
 * and every response carries the security headers.
 */
@IntegrationTest
class SignInSecurityIT {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @RegisterExtension
    static MailServer mail = new MailServer();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JavaMailSender mailSender;

    @BeforeEach
    void connect() {
        mail.connect(mailSender);
    }

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordAndTheSessionGetsANewId() {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcTestResult signIn = signIn("admin@test.leadercoop.eu", TestSupport.ADMIN_PASSWORD, session);
        assertThat(signIn).hasStatus(302);
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/account");
        MockHttpSession after = (MockHttpSession) signIn.getRequest().getSession(false);
        assertThat(after.getId()).as("session fixation: the id changes at sign-in").isNotEqualTo(before);
        Document account = page(mvc.get().uri("/account").session(after).exchange());
        assertThat(account.selectFirst("h1").text()).isEqualTo("My account");
        assertThat(account.text()).contains("admin@test.leadercoop.eu", "Network administrator");
        assertThat(account.select("header form[action=/logout] button").text()).isEqualTo("Sign out");
        assertThat(account.select("header a[href=/login]")).isEmpty();
    }

    @Test
    void theSignInPageSpeaksTheReadersLanguage() {
        assertThat(page(mvc.get().uri("/login?lang=et").exchange()).selectFirst("h1").text()).isEqualTo("Logi sisse");
        assertThat(page(mvc.get().uri("/login?lang=pl").exchange()).select("label").eachText()).containsExactly("E-mail", "Hasło");
    }

    @Test
    void signingOutEndsTheSession() {
        UserAccount user = accounts.editorOfIds(java.util.Set.of());
        MockHttpSession session = (MockHttpSession) signIn(user.getEmail(), TestAccounts.PASSWORD, new MockHttpSession())
                .getRequest().getSession(false);
        assertThat(mvc.get().uri("/api/me").session(session)).hasStatusOk();
        assertThat(mvc.post().uri("/logout").with(accounts.anonymous()).session(session)).hasRedirectedUrl("/login?signed_out");
        assertThat(mvc.get().uri("/api/me").session(session)).hasStatus(401);
    }

    @Test
    void swaggerUiMayUseInlineStylesButNothingElseIsLoosened() {
        MvcTestResult ui = mvc.get().uri("/swagger-ui/index.html").exchange();
        assertThat(ui).hasStatusOk();
        assertThat(ui.getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo(CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
        assertThat(mvc.post().uri("/swagger-ui/index.html").with(accounts.anonymous())).hasStatus(403);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhileButOtherAccountsAreNot() {
        UserAccount target = accounts.editorOfIds(java.util.Set.of());
        UserAccount other = accounts.editorOfIds(java.util.Set.of());
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(target.getEmail(), "wrong password " + i, new MockHttpSession()).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(target.getEmail(), TestAccounts.PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn(other.getEmail(), TestAccounts.PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        UserAccount known = accounts.editorOfIds(java.util.Set.of());
        MvcTestResult wrongPassword = signIn(known.getEmail(), "not the password", new MockHttpSession());
        MvcTestResult unknown = signIn("nobody-" + known.getEmail(), "not the password", new MockHttpSession());
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        String message = page(mvc.get().uri("/login?error").exchange()).selectFirst(".alert-danger").text();
        assertThat(message).isEqualTo("Wrong e-mail or password, or too many attempts. If you have tried several times, "
                + "wait a quarter of an hour.");
    }

    @Test
    void askingForAPasswordResetAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        UserAccount known = accounts.editorOfIds(java.util.Set.of());
        String forKnown = page(mvc.post().uri("/password-reset").with(accounts.anonymous()).param("email", known.getEmail())
                .exchange()).selectFirst("main").text();
        String forUnknown = page(mvc.post().uri("/password-reset").with(accounts.anonymous()).param("email", "x" + known.getEmail())
                .exchange()).selectFirst("main").text();
        assertThat(forKnown).isEqualTo(forUnknown)
                .contains("If this address belongs to an account, a link is on its way.");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(known.getEmail());
    }

    @Test
    void aSignedInWriteWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        UserAccount admin = accounts.administrator();
        long revisions = revisions();
        assertThat(mvc.post().uri("/api/projects").with(accounts.asWithoutCsrf(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"language": "en", "titles": {"en": "Forged"}}""")).hasStatus(403);
        assertThat(mvc.post().uri("/account/tokens").with(accounts.asWithoutCsrf(admin)).param("name", "forged")).hasStatus(403);
        assertThat(mvc.post().uri("/login").param("email", "admin@test.leadercoop.eu")
                .param("password", TestSupport.ADMIN_PASSWORD)).hasStatus(403);
        assertThat(revisions()).isEqualTo(revisions);
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'forged'", Long.class)).isZero();
    }

    @Test
    void anApiTokenWorksWithoutCsrfTokenAndNotAfterItIsRevoked() {
        UserAccount admin = accounts.administrator();
        String token = accounts.tokenOf(admin);
        MvcTestResult created = mvc.post().uri("/api/organisations").with(TestAccounts.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Token Test Organisation", "kind": "ngo", "country": "EE"}""").exchange();
        assertThat(created).hasStatus(201);
        long tokenId = jdbc.queryForObject("select max(id) from api_token where user_id = ?", Long.class, admin.getId());
        assertThat(mvc.delete().uri("/api/me/tokens/" + tokenId).with(TestAccounts.bearer(token))).hasStatus(204);
        assertThat(mvc.get().uri("/api/me").with(TestAccounts.bearer(token))).hasStatus(401);
        assertThat(mvc.get().uri("/api/projects").with(TestAccounts.bearer("lc_made-up"))).hasStatus(401);
        jdbc.update("delete from organisation where name = 'Token Test Organisation'");
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (String uri : new String[] {"/", "/login", "/api/projects", "/organisations"}) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(uri).isEqualTo(CSP);
            assertThat(result.getResponse().getHeader("X-Frame-Options")).as(uri).isEqualTo("DENY");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("Referrer-Policy")).as(uri).isEqualTo("same-origin");
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleForThePolicyToBlock() {
        for (String uri : new String[] {"/", "/login", "/organisations", "/password-reset"}) {
            Document page = page(mvc.get().uri(uri).exchange());
            assertThat(page.select("script:not([src])")).as(uri).isEmpty();
            assertThat(page.select("style, [style]")).as(uri).isEmpty();
            assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(uri).isEmpty();
        }
    }

    @Test
    void writingWithoutSigningInIsA401AndReadingStaysPublic() {
        assertThat(mvc.post().uri("/api/organisations").with(accounts.anonymous()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).hasStatus(401);
        assertThat(mvc.get().uri("/api/organisations")).hasStatusOk();
        assertThat(mvc.get().uri("/account")).hasStatus(302);
    }

    private MvcTestResult signIn(String email, String password, MockHttpSession session) {
        return mvc.post().uri("/login").with(accounts.anonymous()).session(session)
                .param("email", email).param("password", password).exchange();
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revision", Long.class);
    }

    private static Document page(MvcTestResult result) {
        return Jsoup.parse(Responses.body(result));
    }
}
