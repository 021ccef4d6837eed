package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16: the requests the fuzzing answered with HTTP 500 are client errors, answered with 400 (404, 415)
 * whose {@code errors} name the field by its full path, or the parameter.
 */
@IntegrationTest
@Transactional
class ClientErrorsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;

    RequestPostProcessor admin;
    long adminId;
    long project;
    String etag;

    @BeforeEach
    void aProjectToWriteTo() {
        var administrator = accounts.administrator();
        adminId = administrator.getId();
        admin = TestAccounts.bearer(accounts.tokenOf(administrator));
        MvcTestResult created = send(HttpMethod.POST, "/api/projects", """
                {"language": "en", "titles": {"en": "Client errors"},
                 "partners": [{"organisation": "MTÜ Lääne-Harju Koostöökogu", "role": "lead_partner"}],
                 "activities": [{"key": "a1", "text": "Meetings"}]}""");
        assertThat(created).hasStatus(201);
        project = ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
        etag = created.getResponse().getHeader("ETag");
    }

    private MvcTestResult send(HttpMethod method, String uri, String json) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri).with(admin);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return mvc.perform(request);
    }

    private void refused(MvcTestResult result, String field) {
        String body = Responses.body(result);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).as(body).contains(field);
    }

    @Test
    void integersOutOfRangeAreRefusedNamingTheFullPath() {
        refused(send(HttpMethod.POST, "/api/projects", """
                {"language": "en", "titles": {"en": "T"},
                 "activities": [{"key": "a", "text": "x", "commitments": [{"min_count": 2147483648}]}]}"""),
                "activities[0].commitments[0].min_count");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/activities", """
                {"text": "x", "commitments": [{"min_count": 2147483648}]}"""), "commitments[0].min_count");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/events", """
                {"title": "x", "type": "meeting", "participants": 2147483648}"""), "participants");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/partners", """
                {"organisation_id": 9223372036854775808}"""), "organisation_id");
    }

    @Test
    void nullInsideAnyListIsRefusedNamingTheItem() {
        for (String list : List.of("partners", "activities", "events", "media", "contacts", "sources", "expected_results",
                "goals", "target_groups")) {
            refused(send(HttpMethod.POST, "/api/projects", """
                    {"language": "en", "titles": {"en": "T"}, "%s": [null]}""".formatted(list)), list + "[0]");
        }
        refused(send(HttpMethod.POST, "/api/projects", """
                {"language": "en", "titles": {"en": "T"}, "activities": [{"key": "a", "text": "x", "commitments": [null]}]}"""),
                "activities[0].commitments[0]");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/activities", """
                {"text": "x", "commitments": [null]}"""), "commitments[0]");
    }

    @Test
    void aNulCharacterInTextIsRefusedNamingTheField() {
        refused(send(HttpMethod.POST, "/api/projects", """
                {"language": "en", "titles": {"en": "a\\u0000b"}}"""), "titles.en");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/goals", """
                {"text": "a\\u0000b"}"""), "text");
    }

    @Test
    void usersAndInvitationsWithoutEmailOrWithNullOrganisationsAreRefusedNamingTheField() {
        refused(send(HttpMethod.POST, "/api/users", "{\"name\": \"No Mail\"}"), "email");
        refused(send(HttpMethod.POST, "/api/users", "{\"email\": \"x@example.org\", \"organisation_ids\": [null]}"),
                "organisation_ids[0]");
        refused(send(HttpMethod.POST, "/api/projects/" + project + "/invitations", "{}"), "email");
    }

    @Test
    void aWildcardContentTypeOnAJsonWriteIsNotAServerError() {
        for (String uri : List.of("/api/projects", "/api/projects/" + project + "/goals", "/api/users", "/api/extract",
                "/api/organisations")) {
            MvcTestResult result = mvc.perform(MockMvcRequestBuilders.post(uri).with(admin).header("If-Match", etag)
                    .header("Content-Type", "*/*").content("{\"language\": \"en\", \"titles\": {\"en\": \"T\"}}"));
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(415);
        }
    }

    @Test
    void revisionsThatCannotExistAreNotFound() {
        assertThat(send(HttpMethod.GET, "/api/projects/" + project + "/history/-1", null)).hasStatus(404);
        assertThat(send(HttpMethod.GET, "/api/projects/" + project + "/history/0", null)).hasStatus(404);
        assertThat(send(HttpMethod.POST, "/api/projects/" + project + "/history/-1/restore", null)).hasStatus(404);
    }

    @Test
    void aPathParameterOfTheWrongTypeIsNamed() {
        MvcTestResult result = send(HttpMethod.GET, "/api/projects/abc", null);
        refused(result, "id");
        refused(send(HttpMethod.GET, "/api/projects?page=x", null), "page");
    }

    @Test
    void aFractionIsNotTruncatedIntoAnId() {
        refused(send(HttpMethod.POST, "/api/organisations/1/merge", "{\"duplicate_id\": 41.9}"), "duplicate_id");
    }

    @Test
    void fuzzyAndLongQueriesAreBoundedNeverAServerError() {
        for (String q : List.of("a~2", "a~1000", "~", "a~", "\"a b\"~1000", "a*~2", "a".repeat(2_000))) {
            assertThat(mvc.get().uri("/api/search").param("q", q).exchange()).as(q).hasStatusOk();
            assertThat(mvc.get().uri("/search").param("q", q).exchange()).as(q).hasStatusOk();
        }
        assertThat(mvc.get().uri("/api/organisations/suggest").param("q", "a".repeat(2_000)).exchange()).hasStatusOk();
    }

    @Test
    void badFiltersOnCalendarFeedsAndDashboardsAre400() {
        for (String uri : List.of("/events.ics?when=x", "/events.ics?page=-1", "/search/events.ics?year=x",
                "/events.ics?size=x", "/search/events.ics?page=-1")) {
            assertThat(mvc.get().uri(uri).exchange().getResponse().getStatus()).as(uri).isEqualTo(400);
        }
        assertThat(mvc.get().uri("/dashboards/network?as_of=-2024-01-01").exchange().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.get().uri("/api/dashboards/network?as_of=-2024-01-01").exchange().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aNulCharacterInAParameterIsRefusedNamingIt() {
        MvcTestResult api = mvc.get().uri("/api/search").param("q", "a\u0000b").exchange();
        refused(api, "q");
        assertThat(mvc.get().uri("/search").param("q", "a\u0000b").exchange()).hasStatus(400);
    }

    @Test
    void multipartBodiesThatCannotBeParsedAre400OnEveryUploadRoute() {
        for (String route : List.of("/api/extract", "/api/import/drafts", "/import")) {
            MvcTestResult result = mvc.perform(MockMvcRequestBuilders.post(route).with(admin).with(request -> {
                // what Tomcat's parser does with a body without boundary or cut off before its end
                MockHttpServletRequest broken = new MockHttpServletRequest(request.getServletContext(), "POST", route) {
                    @Override
                    public java.util.Collection<jakarta.servlet.http.Part> getParts() throws java.io.IOException {
                        throw new java.io.IOException("the request was rejected because no multipart boundary was found");
                    }
                };
                broken.setContentType("multipart/form-data");
                java.util.Collections.list(request.getHeaderNames()).forEach(h -> broken.addHeader(h, request.getHeader(h)));
                broken.setAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName(),
                        request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName()));
                return broken;
            }));
            assertThat(result.getResponse().getStatus()).as(route).isEqualTo(400);
        }
    }

    @Test
    void theLastAdministratorCannotStopBeingOne() {
        // every other administrator is made an editor first; the one signed in is the last
        MvcTestResult list = send(HttpMethod.GET, "/api/users", null);
        List<java.util.Map<String, Object>> users = JsonPath.read(Responses.body(list), "$[?(@.administrator == true)]");
        java.util.Map<String, Object> last = users.stream()
                .filter(u -> ((Number) u.get("id")).longValue() == adminId).findFirst().orElseThrow();
        for (java.util.Map<String, Object> user : users) {
            if (user != last) {
                etag = "\"" + user.get("version") + "\"";
                assertThat(send(HttpMethod.PUT, "/api/users/" + user.get("id"), """
                        {"display_name": "Was admin", "administrator": false}""")).hasStatusOk();
            }
        }
        etag = "\"" + last.get("version") + "\"";
        refused(send(HttpMethod.PUT, "/api/users/" + last.get("id"), """
                {"display_name": "Last admin", "administrator": false}"""), "administrator");
        refused(send(HttpMethod.PUT, "/api/users/" + last.get("id"), """
                {"display_name": "Last admin", "administrator": true, "enabled": false}"""), "administrator");
    }
}
