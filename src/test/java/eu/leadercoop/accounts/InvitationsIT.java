package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.MailServer;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
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
 * A coordinator invites a partner's editor by e-mail (through a real SMTP server); the link sets a
 * password once, makes the account an editor of that partner, and cannot be used again. Password
 * resets go the same way.
 */
@IntegrationTest
class InvitationsIT {

    @RegisterExtension
    static MailServer mail = new MailServer();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void connect() {
        mail.connect(mailSender);
    }

    @Test
    void anInvitedEditorSetsAPasswordSignsInAndEditsForTheirOrganisation() throws Exception {
        long project = projectId(VUNKI_MANO);
        String lead = "SA Võrumaa Arenduskeskus";
        String partner = "MTÜ Võrumaa Omavalitsuste Liit";
        UserAccount coordinator = accounts.editorOf(lead);
        long partnerId = organisation(partner).id();

        MvcTestResult invited = mvc.post().uri("/api/projects/" + project + "/invitations").with(accounts.as(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "Mari.Maasikas@Example.ee", "organisation_id": %d}""".formatted(partnerId)).exchange();
        assertThat(invited).hasStatus(201);
        assertThat((String) JsonPath.read(Responses.body(invited), "$.email")).isEqualTo("mari.maasikas@example.ee");

        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("mari.maasikas@example.ee");
        assertThat(message.getSubject()).isEqualTo("Invitation to edit \"Vunki mano! loometalgud\" on LeaderCoop");
        String link = MailServer.link(message);
        assertThat(link).startsWith("https://leadercoop.test/invitations/");
        String path = URI.create(link).getPath();

        var form = Jsoup.parse(Responses.body(mvc.get().uri(path).exchange()));
        assertThat(form.selectFirst("h1").text()).isEqualTo("Accept the invitation");
        assertThat(form.select("input[name=display_name]")).hasSize(1);

        MvcTestResult tooShort = mvc.post().uri(path).with(accounts.anonymous()).param("display_name", "Mari Maasikas")
                .param("password", "short").exchange();
        assertThat(Jsoup.parse(Responses.body(tooShort)).select(".invalid-feedback").eachText())
                .containsExactly("The password needs 12 to 200 characters.");

        assertThat(mvc.post().uri(path).with(accounts.anonymous()).param("display_name", "Mari Maasikas")
                .param("password", "maasikad ja mustikad")).hasStatus(302).hasRedirectedUrl("/login?password_set");
        assertThat(mvc.post().uri(path).with(accounts.anonymous()).param("display_name", "Someone else")
                .param("password", "another password here")).as("single use").hasStatus(404);

        MvcTestResult signIn = mvc.post().uri("/login").with(accounts.anonymous()).param("email", "mari.maasikas@example.ee")
                .param("password", "maasikad ja mustikad").exchange();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/account");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        String me = Responses.body(mvc.get().uri("/api/me").session(session).exchange());
        assertThat((List<Integer>) JsonPath.read(me, "$.user.organisation_ids")).containsExactly((int) partnerId);
        assertThat((String) JsonPath.read(me, "$.user.display_name")).isEqualTo("Mari Maasikas");
    }

    @Test
    void onlyTheCoordinatorInvitesAndOnlyEditorsOfThePartners() {
        long project = projectId(VUNKI_MANO);
        UserAccount partnerEditor = accounts.editorOf("MTÜ Võrumaa Omavalitsuste Liit");
        UserAccount coordinator = accounts.editorOf("SA Võrumaa Arenduskeskus");
        long links = jdbc.queryForObject("select count(*) from email_link", Long.class);
        assertThat(mvc.post().uri("/api/projects/" + project + "/invitations").with(accounts.as(partnerEditor))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "a@b.ee", "organisation_id": %d}""".formatted(organisation("MTÜ Võrumaa Omavalitsuste Liit").id())))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/projects/" + project + "/invitations").with(accounts.as(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "<b>x</b>@example.ee", "organisation_id": %d}""".formatted(organisation("MTÜ PAIK").id())))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("email", "organisation_id");
        assertThat(jdbc.queryForObject("select count(*) from email_link", Long.class)).isEqualTo(links);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPasswordResetLinkSetsANewPasswordOnceAndAnExpiredLinkIsRefused() {
        UserAccount user = accounts.editorOfIds(java.util.Set.of());
        mvc.post().uri("/password-reset").with(accounts.anonymous()).param("email", user.getEmail().toUpperCase()).exchange();
        MimeMessage message = mail.getReceivedMessages()[0];
        String path = URI.create(MailServer.link(message)).getPath();
        assertThat(path).startsWith("/password-reset/");
        assertThat(Jsoup.parse(Responses.body(mvc.get().uri(path).exchange())).select("input[name=display_name]")).isEmpty();
        assertThat(mvc.post().uri(path).with(accounts.anonymous()).param("password", "a brand new password"))
                .hasRedirectedUrl("/login?password_set");
        assertThat(mvc.post().uri("/login").with(accounts.anonymous()).param("email", user.getEmail())
                .param("password", "a brand new password")).hasRedirectedUrl("/account");

        mvc.post().uri("/password-reset").with(accounts.anonymous()).param("email", user.getEmail()).exchange();
        String second = URI.create(MailServer.link(mail.getReceivedMessages()[1])).getPath();
        jdbc.update("update email_link set expires_at = created_at where used_at is null and email = ?", user.getEmail());
        assertThat(mvc.get().uri(second)).hasStatus(404);
    }

    private OrganisationSummary organisation(String name) {
        return organisations.findByName(name).getFirst();
    }

    private long projectId(String title) {
        String list = Responses.body(mvc.get().uri("/api/projects?size=50").exchange());
        return ((List<Integer>) JsonPath.read(list, "$.items[?(@.title == '" + title + "')].id")).getFirst();
    }

    static final String VUNKI_MANO = "Vunki mano! loometalgud";
}
