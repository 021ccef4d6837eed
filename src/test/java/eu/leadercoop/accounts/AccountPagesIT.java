package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.MailServer;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages around editing: a coordinator invites a partner's editor (a real SMTP server receives the
 * mail), the account page lists the user's projects, editors add organisations, administrators edit and
 * merge them and manage users. Each refuses those it is not for.
 */
@IntegrationTest
class AccountPagesIT {

    @RegisterExtension
    static MailServer mail = new MailServer();

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

    @Autowired
    UserRepository users;

    @Autowired
    JavaMailSender mailSender;

    @BeforeEach
    void connect() {
        mail.connect(mailSender);
    }

    @Test
    void aCoordinatorInvitesAPartnersEditorFromTheInvitationPage() throws Exception {
        long lead = organisation("Invite Page Lead");
        long partner = organisation("Invite Page Partner");
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        long project = project("Invite page project", lead, partner, coordinator);

        Document page = page("/projects/" + project + "/invitations", coordinator);
        assertThat(page.select("#invite-organisation option").eachText()).containsExactly("Invite Page Lead", "Invite Page Partner");

        MvcTestResult bad = mvc.post().uri("/projects/" + project + "/invitations").with(accounts.as(coordinator))
                .param("email", "not an address").param("organisation_id", String.valueOf(partner)).exchange();
        assertThat(bad).hasStatus(422);
        assertThat(Jsoup.parse(Responses.body(bad)).select("#invite-email-problem").text()).isEqualTo("Please give a valid e-mail address.");
        assertThat(mail.getReceivedMessages()).isEmpty();

        MvcTestResult sent = mvc.post().uri("/projects/" + project + "/invitations").with(accounts.as(coordinator))
                .param("email", "Partner.Editor@Example.ee").param("organisation_id", String.valueOf(partner)).exchange();
        assertThat(sent).hasStatus(302).hasRedirectedUrl("/projects/" + project + "/invitations");
        assertThat(sent.getMvcResult().getFlashMap().get("sent")).isEqualTo("partner.editor@example.ee");
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("partner.editor@example.ee");
        assertThat(MailServer.link(message)).startsWith("https://leadercoop.test/invitations/");

        UserAccount partnerEditor = accounts.editorOfIds(Set.of(partner));
        assertThat(mvc.get().uri("/projects/" + project + "/invitations").with(accounts.as(partnerEditor))).hasStatus(403);
        assertThat(mvc.post().uri("/projects/" + project + "/invitations").with(accounts.as(partnerEditor))
                .param("email", "x@example.ee").param("organisation_id", String.valueOf(partner))).hasStatus(403);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAccountPageListsTheProjectsOfMyOrganisationsDraftsIncluded() {
        long lead = organisation("Account Page Lead");
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        long project = project("Account page draft", lead, organisation("Account Page Partner"), coordinator);

        Document account = page("/account", coordinator);
        assertThat(account.select("#my-projects + p a").attr("href")).isEqualTo("/projects/new");
        assertThat(account.select("a[href=/projects/" + project + "/edit]").text()).isEqualTo("Account page draft");
        assertThat(account.select("a[href=/projects/" + project + "/edit] + .badge").text()).isEqualTo("draft");
    }

    @Test
    void anEditorAddsAnOrganisationAndAnAdministratorEditsItsAliasesAndMergesADuplicate() {
        UserAccount editor = accounts.editorOfIds(Set.of(organisation("Org Page Home")));
        MvcTestResult created = mvc.post().uri("/organisations/new").with(accounts.as(editor))
                .param("name", "MTÜ Org Page Kodukant").param("aliases", "Org Page Kodukant Läänemaa\nKODUKANT ORG PAGE")
                .param("kind", "ngo").param("country", "EE").param("website", "kodukant.example.ee").exchange();
        assertThat(created).hasStatus(302);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        made.add(id);
        String json = Responses.body(mvc.get().uri("/api/organisations/" + id).exchange());
        assertThat(JsonPath.<List<String>>read(json, "$.aliases")).contains("Org Page Kodukant Läänemaa", "KODUKANT ORG PAGE");
        assertThat((String) JsonPath.read(json, "$.website")).isEqualTo("https://kodukant.example.ee");

        MvcTestResult refused = mvc.post().uri("/organisations/new").with(accounts.as(editor)).param("name", "").param("kind", "ngo").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(Jsoup.parse(Responses.body(refused)).select("#f-name-problem").text()).isEqualTo("This is required.");
        assertThat(mvc.get().uri("/organisations/" + id + "/edit").with(accounts.as(editor))).hasStatus(403);

        UserAccount admin = accounts.administrator();
        Document form = page("/organisations/" + id + "/edit", admin);
        assertThat(form.select("#f-aliases").val()).isEqualTo("Org Page Kodukant Läänemaa\nKODUKANT ORG PAGE");
        String version = form.select("form.lc-edit-form input[name=version]").val();
        assertThat(mvc.post().uri("/organisations/" + id + "/edit").with(accounts.as(admin)).param("version", version)
                .param("name", "MTÜ Org Page Kodukant").param("aliases", "Org Page Kodukant Läänemaa").param("kind", "ngo")
                .param("country", "EE")).hasStatus(302);
        assertThat(JsonPath.<List<String>>read(Responses.body(mvc.get().uri("/api/organisations/" + id).exchange()), "$.aliases"))
                .doesNotContain("KODUKANT ORG PAGE");

        long duplicate = organisation("Org Page Kodukant (duplicate)");
        String current = page("/organisations/" + id + "/edit", admin).select("form.lc-edit-form input[name=version]").val();
        assertThat(mvc.post().uri("/organisations/" + id + "/edit/merge").with(accounts.as(admin)).param("version", current)
                .param("duplicate_id", String.valueOf(duplicate))).hasStatus(302);
        assertThat(mvc.get().uri("/api/organisations/" + duplicate)).hasStatus(404);
        assertThat(JsonPath.<List<String>>read(Responses.body(mvc.get().uri("/api/organisations/" + id).exchange()), "$.aliases"))
                .contains("Org Page Kodukant (duplicate)");
    }

    @Test
    void anAdministratorAddsAUserWhoGetsALinkAndChangesTheirOrganisations() throws Exception {
        UserAccount admin = accounts.administrator();
        long home = organisation("Users Page Home");
        MvcTestResult added = mvc.post().uri("/admin/users").with(accounts.as(admin)).param("email", "new.user@example.ee")
                .param("display_name", "Uus Kasutaja").param("organisation_ids", String.valueOf(home)).exchange();
        assertThat(added).hasStatus(302).hasRedirectedUrl("/admin/users");
        assertThat(MailServer.link(mail.getReceivedMessages()[0])).startsWith("https://leadercoop.test/invitations/");
        UserAccount user = users.findByEmail("new.user@example.ee").orElseThrow();
        assertThat(user.getOrganisationIds()).containsExactly(home);

        MvcTestResult taken = mvc.post().uri("/admin/users").with(accounts.as(admin)).param("email", "new.user@example.ee")
                .param("display_name", "Again").exchange();
        assertThat(taken).hasStatus(422);

        long other = organisation("Users Page Other");
        assertThat(mvc.post().uri("/admin/users/" + user.getId()).with(accounts.as(admin)).param("version", String.valueOf(user.getVersion()))
                .param("display_name", "Uus Kasutaja").param("organisation_ids", String.valueOf(other)).param("enabled", "true")).hasStatus(302);
        assertThat(users.findById(user.getId()).orElseThrow().getOrganisationIds()).containsExactly(other);

        UserAccount editor = accounts.editorOfIds(Set.of(home));
        assertThat(mvc.get().uri("/admin/users").with(accounts.as(editor))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users").with(accounts.as(editor)).param("email", "sneaky@example.ee")
                .param("display_name", "Sneaky")).hasStatus(403);
        assertThat(users.findByEmail("sneaky@example.ee")).isEmpty();
    }

    private long remember(long organisationId) {
        made.add(organisationId);
        return organisationId;
    }

    private long organisation(String name) {
        return remember(organisations.create(new OrganisationDraft(name, List.of(), null, "lag", "EE", null, null)).id());
    }

    private long project(String title, long lead, long partner, UserAccount coordinator) {
        MvcTestResult created = mvc.post().uri("/api/projects").with(accounts.as(coordinator)).contentType("application/json")
                .content("""
                        {"language": "en", "titles": {"en": "%s"}, "partners": [
                          {"organisation_id": %d, "role": "lead_partner"}, {"organisation_id": %d}]}""".formatted(title, lead, partner))
                .exchange();
        assertThat(created).hasStatus(201);
        return ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
    }

    private Document page(String uri, UserAccount user) {
        MvcTestResult result = mvc.get().uri(uri).with(accounts.as(user)).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }
}
