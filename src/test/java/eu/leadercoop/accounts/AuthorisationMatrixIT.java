package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.MailServer;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.PasswordAuthentication;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.partners.CooperationOffers;
import eu.leadercoop.partners.Offer;
import eu.leadercoop.partners.OfferDraft;
import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.Projects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every state-changing API route and page form, tried by every role, on a project of the user's own organisation (P)
 * and on another organisation's project (Q). The expected outcome of each is in the tables below; after
 * every refusal the database is exactly as before (no revision, token, link, user or organisation was
 * added), and every "ok" left its trace (a new revision, token or link).
 *
 * <p>P is a draft led by organisation LEAD, with partner X (which has its own editor, "partner A", and a
 * budget line) and
 * partner Y (which has none, so the coordinator keeps its part); Q is the same shape with other
 * organisations. "outsider B" edits for an organisation in neither; "token" is the coordinator's API token.
 * Each case runs on projects and organisations made for it, so one allowed change cannot mask the next.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    static final List<String> ROLES = List.of("anonymous", "partner A", "outsider B", "coordinator", "administrator", "token");

    /** Routes on a project: on P (the user's own organisation's project) as listed, on Q as {@link #ON_OTHER_PROJECT}. */
    static final String ON_OWN_PROJECT = """
            route                          | anonymous | partner A | outsider B | coordinator | administrator | token
            state the core anew            | 401       | 403       | 404        | ok          | ok            | ok
            replace the whole record       | 401       | 403       | 404        | ok          | ok            | ok
            replace it without X's parts   | 401       | 403       | 404        | 403         | ok            | 403
            publish                        | 401       | 403       | 404        | ok          | ok            | ok
            unpublish                      | 401       | 403       | 404        | ok          | ok            | ok
            add a goal                     | 401       | 403       | 404        | ok          | ok            | ok
            edit a goal                    | 401       | 403       | 404        | ok          | ok            | ok
            remove a goal                  | 401       | 403       | 404        | ok          | ok            | ok
            add an expected result         | 401       | 403       | 404        | ok          | ok            | ok
            add a joint activity           | 401       | 403       | 404        | ok          | ok            | ok
            add X's activity               | 401       | ok        | 404        | 403         | ok            | 403
            edit X's activity              | 401       | ok        | 404        | 403         | ok            | 403
            make X's activity joint        | 401       | 403       | 404        | 403         | ok            | 403
            remove X's activity            | 401       | ok        | 404        | 403         | ok            | 403
            add Y's activity               | 401       | 403       | 404        | ok          | ok            | ok
            add an event X organises       | 401       | ok        | 404        | 403         | ok            | 403
            edit X's event                 | 401       | ok        | 404        | 403         | ok            | 403
            remove X's event               | 401       | ok        | 404        | 403         | ok            | 403
            add X's media item             | 401       | ok        | 404        | 403         | ok            | 403
            add X's contact                | 401       | ok        | 404        | 403         | ok            | 403
            set X's budget line            | 401       | ok        | 404        | 403         | ok            | 403
            add a partner                  | 401       | 403       | 404        | ok          | ok            | ok
            change partner X's role        | 401       | 403       | 404        | ok          | ok            | ok
            remove partner X               | 401       | 403       | 404        | ok          | ok            | ok
            restore the first version      | 401       | 403       | 404        | ok          | ok            | ok
            invite an editor for X         | 401       | 403       | 404        | ok          | ok            | ok
            """;

    /** Nobody but administrators may see, let alone change, a draft of a project they take no part in. */
    static final List<String> ON_OTHER_PROJECT = List.of("401", "404", "404", "404", "ok", "404");

    static final String WITHOUT_PROJECT = """
            route                          | anonymous | partner A | outsider B | coordinator | administrator | token
            create a project LEAD leads    | 401       | 403       | 403        | ok          | ok            | ok
            add an organisation            | 401       | ok        | ok         | ok          | ok            | ok
            edit an organisation           | 401       | 403       | 403        | 403         | ok            | 403
            merge two organisations        | 401       | 403       | 403        | 403         | ok            | 403
            add a user                     | 401       | 403       | 403        | 403         | ok            | 403
            edit a user                    | 401       | 403       | 403        | 403         | ok            | 403
            create an API token            | 401       | ok        | ok         | ok          | ok            | ok
            revoke partner A's API token   | 401       | ok        | 404        | 404         | 404           | 404
            """;

    /**
     * Cooperation offers (module partners): each case on an offer of its own posted by LEAD (the coordinator's
     * organisation); replies are for X (partner A's organisation). Administrators manage every offer but reply
     * for no organisation they do not edit for.
     */
    static final String OFFERS = """
            route                          | anonymous | partner A | outsider B | coordinator | administrator | token
            post an offer for LEAD         | 401       | 403       | 403        | ok          | ok            | ok
            edit LEAD's offer              | 401       | 403       | 403        | ok          | ok            | ok
            reply to LEAD's offer for X    | 401       | ok        | 403        | 403         | 403           | 403
            answer X's reply               | 401       | 403       | 403        | ok          | ok            | ok
            make LEAD's offer a project    | 401       | 403       | 403        | ok          | ok            | ok
            """;

    /**
     * The same decisions through the pages' forms (posted with the session's CSRF token): "login" is the
     * sign-in page the browser is sent to; a refused form answers 403 or, for a project the user may not
     * see, 404; "422" is a form shown again with its problem.
     */
    static final String FORMS_ON_OWN_PROJECT = """
            route                          | anonymous | partner A | outsider B | coordinator | administrator | token
            save the core form             | login     | 403       | 404        | ok          | ok            | ok
            publish                        | login     | 403       | 404        | ok          | ok            | ok
            add a goal                     | login     | 403       | 404        | ok          | ok            | ok
            edit a goal                    | login     | 403       | 404        | ok          | ok            | ok
            remove a goal                  | login     | 403       | 404        | ok          | ok            | ok
            add X's activity               | login     | ok        | 404        | 403         | ok            | 403
            edit X's event                 | login     | ok        | 404        | 403         | ok            | 403
            remove X's event               | login     | ok        | 404        | 403         | ok            | 403
            add X's media item             | login     | ok        | 404        | 403         | ok            | 403
            set X's budget line            | login     | ok        | 404        | 403         | ok            | 403
            add a partner                  | login     | 403       | 404        | ok          | ok            | ok
            remove partner X               | login     | 403       | 404        | ok          | ok            | ok
            restore the first version      | login     | 403       | 404        | ok          | ok            | ok
            invite an editor for X         | login     | 403       | 404        | ok          | ok            | ok
            """;

    static final List<String> FORMS_ON_OTHER_PROJECT = List.of("login", "404", "404", "404", "ok", "404");

    static final String FORMS_WITHOUT_PROJECT = """
            route                          | anonymous | partner A | outsider B | coordinator | administrator | token
            create a project LEAD leads    | login     | 422       | 422        | ok          | ok            | ok
            add an organisation            | login     | ok        | ok         | ok          | ok            | ok
            edit an organisation           | login     | 403       | 403        | 403         | ok            | 403
            merge two organisations        | login     | 403       | 403        | 403         | ok            | 403
            add a user                     | login     | 403       | 403        | 403         | ok            | 403
            edit a user                    | login     | 403       | 403        | 403         | ok            | 403
            create an API token            | login     | ok        | ok         | ok          | ok            | ok
            """;

    @RegisterExtension
    static MailServer mail = new MailServer();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Projects projects;

    @Autowired
    ProjectEditing editing;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    CooperationOffers offers;

    private final Map<String, Long> orgs = new LinkedHashMap<>();
    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private String coordinatorToken;
    private int sequence;

    @BeforeAll
    void organisationsAndUsers() {
        for (String name : List.of("LEAD", "X", "Y", "OUT", "Q-LEAD", "Q-X", "Q-Y")) {
            orgs.put(name, organisation("Matrix " + name));
        }
        users.put("partner A", accounts.editorOfIds(Set.of(orgs.get("X"))));
        users.put("outsider B", accounts.editorOfIds(Set.of(orgs.get("OUT"))));
        users.put("coordinator", accounts.editorOfIds(Set.of(orgs.get("LEAD"))));
        users.put("administrator", accounts.administrator());
        accounts.editorOfIds(Set.of(orgs.get("Q-X")));
        coordinatorToken = accounts.tokenOf(users.get("coordinator"));
    }

    @BeforeEach
    void mailGoesToTheTestServer() {
        mail.connect(mailSender);
    }

    @AfterAll
    void removeWhatTheMatrixMade() {
        String matrixOrgs = "select id from organisation where name like 'Matrix %'";
        jdbc.update("delete from offer_reply where organisation_id in (" + matrixOrgs + ")");
        jdbc.update("delete from cooperation_offer where organisation_id in (" + matrixOrgs + ")");
        jdbc.update("delete from email_link where organisation_id in (" + matrixOrgs + ")");
        jdbc.update("delete from project where id in (select project_id from partnership where organisation_id in (" + matrixOrgs + "))");
        jdbc.update("delete from app_user where id in (select user_id from user_organisation where organisation_id in (" + matrixOrgs + "))");
        jdbc.update("delete from app_user where email like '%@matrix.test'");
        jdbc.update("delete from organisation where name like 'Matrix %'");
    }

    static Stream<Arguments> onOwnProject() {
        return cases(ON_OWN_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "P", c.expected()));
    }

    static Stream<Arguments> onOtherProject() {
        return cases(ON_OWN_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "Q", ON_OTHER_PROJECT.get(ROLES.indexOf(c.role()))));
    }

    static Stream<Arguments> withoutProject() {
        return cases(WITHOUT_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "-", c.expected()));
    }

    @ParameterizedTest(name = "{0} by {1} on {2}: {3}")
    @MethodSource({"onOwnProject", "onOtherProject", "withoutProject"})
    void everyRouteByEveryRole(String route, String role, String project, String expected) {
        Target target = project.equals("-") ? null : project(project.equals("P") ? "" : "Q-");
        Request request = request(route, target);
        List<Object> before = fingerprint();

        MvcTestResult result = request.send(mvc, who(role));

        if (expected.equals("ok")) {
            assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isBetween(200, 299);
            assertThat(fingerprint()).as("an allowed change leaves its trace").isNotEqualTo(before);
        } else {
            assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isEqualTo(Integer.parseInt(expected));
            assertThat(fingerprint()).as("a refused change changes nothing").isEqualTo(before);
        }
    }

    static Stream<Arguments> onOffers() {
        return cases(OFFERS).map(c -> Arguments.of(c.route(), c.role(), c.expected()));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("onOffers")
    void everyOfferRouteByEveryRole(String route, String role, String expected) {
        Request request = offerRequest(route);
        List<Object> before = fingerprint();

        MvcTestResult result = request.send(mvc, who(role));

        if (expected.equals("ok")) {
            assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isBetween(200, 299);
            assertThat(fingerprint()).as("an allowed change leaves its trace").isNotEqualTo(before);
        } else {
            assertThat(result.getResponse().getStatus()).as(Responses.body(result)).isEqualTo(Integer.parseInt(expected));
            assertThat(fingerprint()).as("a refused change changes nothing").isEqualTo(before);
        }
    }

    private Request offerRequest(String route) {
        String body = offerBody(orgs.get("LEAD"), "Matrix offer " + (++sequence));
        if (route.equals("post an offer for LEAD")) {
            return new Request(HttpMethod.POST, "/api/offers", null, body);
        }
        Offer offer = as("coordinator", () -> offers.post(fromJson(body)));
        return switch (route) {
            case "edit LEAD's offer" -> new Request(HttpMethod.PUT, "/api/offers/" + offer.id(), String.valueOf(offer.version()),
                    offerBody(orgs.get("LEAD"), "Matrix offer, rewritten " + sequence));
            case "reply to LEAD's offer for X" -> new Request(HttpMethod.POST, "/api/offers/" + offer.id() + "/replies", null, """
                    {"organisation_id": %d, "message": "We are interested"}""".formatted(orgs.get("X")));
            case "answer X's reply" -> {
                long reply = as("partner A", () -> offers.reply(offer.id(), orgs.get("X"), "We are interested")).id();
                yield new Request(HttpMethod.PUT, "/api/offers/" + offer.id() + "/replies/" + reply, null, """
                        {"status": "joined", "answer": "Welcome"}""");
            }
            case "make LEAD's offer a project" -> new Request(HttpMethod.POST, "/api/offers/" + offer.id() + "/project", null, null);
            default -> throw new IllegalArgumentException(route);
        };
    }

    private static String offerBody(long organisation, String title) {
        return """
                {"organisation_id": %d, "language": "en", "title": "%s", "description": "Looking for partners for study trips",
                 "wanted_countries": ["PL"], "period_start": "2025-03", "period_end": "2026-02", "reply_deadline": "2030-01-31"}"""
                .formatted(organisation, title);
    }

    private static OfferDraft fromJson(String json) {
        return new OfferDraft(JsonPath.<Integer>read(json, "$.organisation_id").longValue(), "en", JsonPath.read(json, "$.title"),
                JsonPath.read(json, "$.description"), List.of(), List.of("PL"), List.of(), List.of(), "2025-03", "2026-02", null, null,
                null, "2030-01-31", null, null, null);
    }

    private <T> T as(String role, Supplier<T> work) {
        accounts.signIn(users.get(role));
        try {
            return work.get();
        } finally {
            TestAccounts.signOut();
        }
    }

    static Stream<Arguments> formsOnOwnProject() {
        return cases(FORMS_ON_OWN_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "P", c.expected()));
    }

    static Stream<Arguments> formsOnOtherProject() {
        return cases(FORMS_ON_OWN_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "Q",
                FORMS_ON_OTHER_PROJECT.get(ROLES.indexOf(c.role()))));
    }

    static Stream<Arguments> formsWithoutProject() {
        return cases(FORMS_WITHOUT_PROJECT).map(c -> Arguments.of(c.route(), c.role(), "-", c.expected()));
    }

    @ParameterizedTest(name = "form: {0} by {1} on {2}: {3}")
    @MethodSource({"formsOnOwnProject", "formsOnOtherProject", "formsWithoutProject"})
    void everyFormByEveryRole(String route, String role, String project, String expected) {
        Target target = project.equals("-") ? null : project(project.equals("P") ? "" : "Q-");
        Form form = form(route, target);
        List<Object> before = fingerprint();

        MvcTestResult result = form.send(mvc, who(role));

        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        switch (expected) {
            case "ok" -> {
                assertThat(status == 302 ? location : String.valueOf(status)).as(Responses.body(result))
                        .matches("/(projects|organisations|admin|account).*|200");
                assertThat(fingerprint()).as("an allowed change leaves its trace").isNotEqualTo(before);
            }
            case "login" -> {
                assertThat(status).isEqualTo(302);
                assertThat(location).endsWith("/login");
                assertThat(fingerprint()).isEqualTo(before);
            }
            default -> {
                assertThat(status).as(Responses.body(result)).isEqualTo(Integer.parseInt(expected));
                assertThat(fingerprint()).as("a refused change changes nothing").isEqualTo(before);
            }
        }
    }

    /** A form as a browser posts it: fields, the session's CSRF token (added by who asks), the version it was read at. */
    record Form(String uri, Map<String, String> fields) {

        MvcTestResult send(MockMvcTester mvc, RequestPostProcessor who) {
            var request = mvc.post().uri(uri).with(who);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                request = request.param(field.getKey(), field.getValue());
            }
            return request.exchange();
        }
    }

    private Form form(String route, Target p) {
        String edit = p == null ? null : "/projects/" + p.id() + "/edit";
        String v = p == null ? null : String.valueOf(p.version());
        return switch (route) {
            case "save the core form" -> new Form(edit + "/core", Map.of("version", v, "language", "en", "titles.en", "A new title"));
            case "publish" -> new Form(edit + "/publish", Map.of("version", v));
            case "add a goal" -> new Form(edit + "/goals", Map.of("version", v, "text", "Another goal"));
            case "edit a goal" -> new Form(edit + "/goals/0", Map.of("version", v, "text", "A better goal"));
            case "remove a goal" -> new Form(edit + "/goals/0/remove", Map.of("version", v));
            case "add X's activity" -> new Form(edit + "/activities", Map.of("version", v, "partner", p.xName(), "text", "Own study trip"));
            case "edit X's event" -> new Form(edit + "/events/" + p.xEvent(), Map.of("version", v, "title", "X's meeting, moved",
                    "type", "meeting", "organisers", p.xName(), "date", "06.2024"));
            case "remove X's event" -> new Form(edit + "/events/" + p.xEvent() + "/remove", Map.of("version", v));
            case "add X's media item" -> new Form(edit + "/media", Map.of("version", v, "title", "X in the news", "partner", p.xName(),
                    "date", "02.05.2024"));
            case "set X's budget line" -> new Form(edit + "/budget/" + p.x(), Map.of("version", v, "cost", "1 000", "grant", "900",
                    "currency", "EUR"));
            case "add a partner" -> new Form(edit + "/partners", Map.of("version", v, "role", "partner",
                    "organisation", organisationName("Matrix form newcomer " + (++sequence))));
            case "remove partner X" -> new Form(edit + "/partners/" + p.x() + "/remove", Map.of("version", v));
            case "restore the first version" -> new Form("/projects/" + p.id() + "/history/" + p.firstRevision() + "/restore",
                    Map.of("version", v));
            case "invite an editor for X" -> new Form("/projects/" + p.id() + "/invitations", Map.of("email", "invited@x.test",
                    "organisation_id", String.valueOf(p.x())));
            case "create a project LEAD leads" -> new Form("/projects/new", Map.of("language", "en", "title", "New by form",
                    "lead", String.valueOf(orgs.get("LEAD"))));
            case "add an organisation" -> new Form("/organisations/new", Map.of("name", "Matrix form added " + (++sequence),
                    "kind", "ngo", "country", "EE"));
            case "edit an organisation" -> new Form("/organisations/" + organisation("Matrix form edited " + (++sequence)) + "/edit",
                    Map.of("version", "0", "name", "Matrix form renamed " + sequence, "kind", "lag"));
            case "merge two organisations" -> new Form("/organisations/" + organisation("Matrix form survivor " + (++sequence)) + "/edit/merge",
                    Map.of("version", "0", "duplicate_id", String.valueOf(organisation("Matrix form duplicate " + sequence))));
            case "add a user" -> new Form("/admin/users", Map.of("email", "form" + (++sequence) + "@matrix.test", "display_name", "New",
                    "organisation_ids", String.valueOf(orgs.get("X"))));
            // an editor of OUT: a new editor of Y would take Y's part away from the coordinators of the API cases
            case "edit a user" -> new Form("/admin/users/" + accounts.editorOfIds(Set.of(orgs.get("OUT"))).getId(), Map.of("version", "0",
                    "display_name", "Promoted", "administrator", "true", "enabled", "true"));
            case "create an API token" -> new Form("/account/tokens", Map.of("name", "laptop"));
            default -> throw new IllegalArgumentException(route);
        };
    }

    private String organisationName(String name) {
        organisation(name);
        return name;
    }

    // --- the routes ------------------------------------------------------------------------------

    private Request request(String route, Target p) {
        return switch (route) {
            case "state the core anew" -> p.put("/core", """
                    {"language": "en", "titles": {"en": "A new title"}, "summary": "Changed"}""");
            case "replace the whole record" -> p.put("", """
                    {"language": "en", "titles": {"en": "Replaced"}, "partners": [
                      {"organisation_id": %d, "role": "lead_partner"},
                      {"organisation_id": %d, "budget": {"cost": 500, "grant": 450, "currency": "EUR"}}, {"organisation_id": %d}],
                     "activities": [{"key": "x", "label": "1", "partner": "%s", "text": "X's own activity"}],
                     "events": [{"title": "X's meeting", "type": "meeting", "organisers": ["%4$s"], "activity": "x",
                                 "date": {"start": "2024-03"}}]}"""
                    .formatted(p.lead, p.x, p.y, p.xName));
            case "replace it without X's parts" -> p.put("", """
                    {"language": "en", "titles": {"en": "Replaced"}, "partners": [
                      {"organisation_id": %d, "role": "lead_partner"}, {"organisation_id": %d}, {"organisation_id": %d}]}"""
                    .formatted(p.lead, p.x, p.y));
            case "publish" -> p.post("/publish", null);
            case "unpublish" -> p.post("/unpublish", null);
            case "add a goal" -> p.post("/goals", """
                    {"text": "Another goal"}""");
            case "edit a goal" -> p.put("/goals/0", """
                    {"text": "A better goal"}""");
            case "remove a goal" -> p.delete("/goals/0");
            case "add an expected result" -> p.post("/expected_results", """
                    {"text": "More visitors", "target": 20, "unit": "visitors"}""");
            case "add a joint activity" -> p.post("/activities", """
                    {"text": "A joint study trip"}""");
            case "add X's activity" -> p.post("/activities", """
                    {"partner": "%s", "text": "Another own activity"}""".formatted(p.xName));
            case "edit X's activity" -> p.put("/activities/" + p.xActivity, """
                    {"partner": "%s", "text": "An own activity, rewritten"}""".formatted(p.xName));
            case "make X's activity joint" -> p.put("/activities/" + p.xActivity, """
                    {"text": "An own activity, rewritten"}""");
            case "remove X's activity" -> p.delete("/activities/" + p.xActivity);
            case "add Y's activity" -> p.post("/activities", """
                    {"partner": "%s", "text": "Y's activity"}""".formatted(p.yName));
            case "add an event X organises" -> p.post("/events", """
                    {"title": "X's seminar", "type": "seminar", "organisers": ["%s"], "date": {"start": "kevad 2025"}}"""
                    .formatted(p.xName));
            case "edit X's event" -> p.put("/events/" + p.xEvent, """
                    {"title": "X's meeting, moved", "type": "meeting", "organisers": ["%s"], "date": {"start": "06.2024"}}"""
                    .formatted(p.xName));
            case "remove X's event" -> p.delete("/events/" + p.xEvent);
            case "add X's media item" -> p.post("/media", """
                    {"title": "X in the news", "partner": "%s", "date": "2024-05-02"}""".formatted(p.xName));
            case "add X's contact" -> p.post("/contacts", """
                    {"name": "Mari", "email": "mari@x.test", "partner": "%s"}""".formatted(p.xName));
            case "set X's budget line" -> p.put("/partners/" + p.x + "/budget", """
                    {"cost": 1000, "grant": 900, "own_contribution": 100, "currency": "EUR"}""");
            case "add a partner" -> p.post("/partners", """
                    {"organisation_id": %d, "role": "partner"}""".formatted(organisation("Matrix newcomer " + (++sequence))));
            case "change partner X's role" -> p.put("/partners/" + p.x, """
                    {"role": "applicant", "joined": "2024-02"}""");
            case "remove partner X" -> p.delete("/partners/" + p.x);
            case "restore the first version" -> p.post("/history/" + p.firstRevision + "/restore", null);
            case "invite an editor for X" -> p.post("/invitations", """
                    {"email": "invited@x.test", "organisation_id": %d}""".formatted(p.x), false);
            case "create a project LEAD leads" -> new Request(HttpMethod.POST, "/api/projects", null, """
                    {"language": "en", "titles": {"en": "New"}, "partners": [{"organisation_id": %d, "role": "lead_partner"}]}"""
                    .formatted(orgs.get("LEAD")));
            case "add an organisation" -> new Request(HttpMethod.POST, "/api/organisations", null, """
                    {"name": "Matrix added %d", "kind": "ngo", "country": "EE"}""".formatted(++sequence));
            case "edit an organisation" -> new Request(HttpMethod.PUT, "/api/organisations/" + organisation("Matrix edited " + (++sequence)),
                    "0", """
                    {"name": "Matrix renamed %d", "kind": "lag", "country": "EE"}""".formatted(sequence));
            case "merge two organisations" -> new Request(HttpMethod.POST,
                    "/api/organisations/" + organisation("Matrix survivor " + (++sequence)) + "/merge", "0", """
                    {"duplicate_id": %d}""".formatted(organisation("Matrix duplicate " + sequence)));
            case "add a user" -> new Request(HttpMethod.POST, "/api/users", null, """
                    {"email": "new%d@matrix.test", "display_name": "New", "organisation_ids": [%d]}"""
                    .formatted(++sequence, orgs.get("X")));
            case "edit a user" -> new Request(HttpMethod.PUT, "/api/users/" + accounts.editorOfIds(Set.of(orgs.get("Y"))).getId(), "0", """
                    {"display_name": "Promoted", "administrator": true}""");
            case "create an API token" -> new Request(HttpMethod.POST, "/api/me/tokens", null, """
                    {"name": "laptop"}""");
            case "revoke partner A's API token" -> new Request(HttpMethod.DELETE, "/api/me/tokens/" + tokenIdOf(users.get("partner A")), null, null);
            default -> throw new IllegalArgumentException(route);
        };
    }

    private long tokenIdOf(UserAccount user) {
        accounts.tokenOf(user);
        return jdbc.queryForObject("select max(id) from api_token where user_id = ?", Long.class, user.getId());
    }

    // --- who asks --------------------------------------------------------------------------------

    private RequestPostProcessor who(String role) {
        return switch (role) {
            case "anonymous" -> accounts.anonymous();
            case "token" -> TestAccounts.bearer(coordinatorToken);
            default -> accounts.as(users.get(role));
        };
    }

    /** What any write would change: every audited change adds a revision; tokens and e-mail links are counted. */
    private List<Object> fingerprint() {
        return List.of(
                jdbc.queryForObject("select count(*) from revision", Long.class),
                jdbc.queryForObject("select count(*) from api_token where revoked_at is null", Long.class),
                jdbc.queryForObject("select count(*) from email_link", Long.class),
                jdbc.queryForObject("select count(*) from organisation", Long.class),
                jdbc.queryForObject("select count(*) from app_user", Long.class),
                jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from cooperation_offer", Long.class),
                jdbc.queryForObject("select count(*) + coalesce(sum(version), 0) from offer_reply", Long.class));
    }

    // --- the projects each case works on ----------------------------------------------------------

    /** A draft led by {prefix}LEAD with partners {prefix}X and {prefix}Y, changed once since it was created. */
    private Target project(String prefix) {
        long lead = orgs.get(prefix + "LEAD");
        long x = orgs.get(prefix + "X");
        long y = orgs.get(prefix + "Y");
        String xName = "Matrix " + prefix + "X";
        ProjectDetails created = projects.create(new ProjectDraft("en", Map.of("en", "Matrix project"), null, null, null, null,
                List.of(), null, null, null,
                List.of(partner(lead, "lead_partner", null),
                        partner(x, "partner", new ProjectDraft.Budget(new BigDecimal("500"), new BigDecimal("450"), null, "EUR")),
                        partner(y, "partner", null)),
                List.of("A goal"), List.of(),
                List.of(new ProjectDraft.ActivityDraft("x", "1", xName, "X's own activity", List.of())),
                List.of(new ProjectDraft.EventDraft(new ProjectDraft.DateText("2024-03", null, null), "X's meeting", "meeting",
                        null, null, null, null, null, List.of(xName), "x")),
                List.of(), List.of(), List.of(), null));
        long firstRevision = jdbc.queryForObject("select max(id) from revision", Long.class);
        ProjectDetails changed = asAdministrator(() -> editing.updateCore(created.id(), created.version(),
                new CoreDraft("en", Map.of("en", "Matrix project, renamed"), null, null, null, null, null, null, null, null)));
        return new Target(changed.id(), changed.version(), lead, x, y, xName, "Matrix " + prefix + "Y",
                changed.activities().getFirst().id(), changed.events().getFirst().id(), firstRevision);
    }

    private static ProjectDraft.Partner partner(long organisationId, String role, ProjectDraft.Budget budget) {
        return new ProjectDraft.Partner(organisationId, null, role, null, null, null, budget);
    }

    private long organisation(String name) {
        return organisations.create(new OrganisationDraft(name, List.of(), null, "lag", "EE", null, null)).id();
    }

    private <T> T asAdministrator(Supplier<T> work) {
        accounts.signIn(users.get("administrator"));
        try {
            return work.get();
        } finally {
            TestAccounts.signOut();
        }
    }

    record Target(long id, long version, long lead, long x, long y, String xName, String yName, long xActivity, long xEvent,
            long firstRevision) {

        Request post(String path, String body) {
            return post(path, body, true);
        }

        Request post(String path, String body, boolean versioned) {
            return new Request(HttpMethod.POST, "/api/projects/" + id + path, versioned ? String.valueOf(version) : null, body);
        }

        Request put(String path, String body) {
            return new Request(HttpMethod.PUT, "/api/projects/" + id + path, String.valueOf(version), body);
        }

        Request delete(String path) {
            return new Request(HttpMethod.DELETE, "/api/projects/" + id + path, String.valueOf(version), null);
        }
    }

    record Request(HttpMethod method, String uri, String version, String body) {

        MvcTestResult send(MockMvcTester mvc, RequestPostProcessor who) {
            var request = mvc.method(method).uri(uri).with(who);
            if (version != null) {
                request = request.header("If-Match", "\"" + version + "\"");
            }
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
            return request.exchange();
        }
    }

    // --- the tables --------------------------------------------------------------------------------

    record Case(String route, String role, String expected) {
    }

    static Stream<Case> cases(String table) {
        List<Case> cases = new ArrayList<>();
        List<String> rows = table.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = cells(rows.getFirst());
        assertThat(header.subList(1, header.size())).isEqualTo(ROLES);
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = cells(row);
            for (int i = 1; i < cells.size(); i++) {
                cases.add(new Case(cells.getFirst(), header.get(i), cells.get(i)));
            }
        }
        return cases.stream();
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|")).map(String::strip).toList();
    }

}
