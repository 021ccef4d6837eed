package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Script payloads saved through every text field of a project, an organisation, a user and an API
 * token come back as text on every page that shows them: no element, attribute or script of theirs
 * reaches the page. Each payload is tagged with the field it went in, so a failure names the field.
 */
@IntegrationTest
class ScriptPayloadsIT {

    /** Classic ways out of text, attribute and URL contexts. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "javascript:alert(1)",
            "</title><script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> projects = new ArrayList<>();

    @AfterEach
    void removeThem() {
        projects.forEach(id -> jdbc.update("delete from project where id = ?", id));
        jdbc.update("delete from organisation where name like 'XSS %'");
    }

    @Test
    void payloadsInEveryTextFieldComeBackAsTextOnEveryPage() throws Exception {
        UserAccount admin = accounts.administrator();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            String organisationName = "XSS " + i + " " + payload;
            MvcTestResult organisation = mvc.post().uri("/api/organisations").with(accounts.as(admin))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of(
                            "name", organisationName, "kind", "lag", "country", "EE",
                            "aliases", List.of(tag("alias", payload)), "website", "https://example.org/website/" + i)))).exchange();
            assertThat(organisation).hasStatus(201);
            long organisationId = ((Number) JsonPath.read(Responses.body(organisation), "$.id")).longValue();

            MvcTestResult project = mvc.post().uri("/api/projects").with(accounts.as(admin)).contentType(MediaType.APPLICATION_JSON)
                    .content(projectWithPayloadEverywhere(payload, organisationName)).exchange();
            assertThat(project).as(Responses.body(project)).hasStatus(201);
            long projectId = ((Number) JsonPath.read(Responses.body(project), "$.id")).longValue();
            projects.add(projectId);

            for (String page : List.of("/", "/projects/" + projectId, "/organisations", "/organisations/" + organisationId)) {
                for (String lang : List.of("en", "et", "pl")) {
                    assertNothingGotThrough(page + "?lang=" + lang, payload);
                }
            }
            long eventId = ((Number) JsonPath.read(Responses.body(project), "$.events[0].id")).longValue();
            for (String page : List.of("/edit", "/edit?open=core", "/edit?open=events-" + eventId, "/edit?open=activities-new",
                    "/edit?open=media-0", "/edit?open=contacts-0", "/history", "/invitations")) {
                assertNothingGotThrough("/projects/" + projectId + page, payload, admin);
            }
            assertNothingGotThrough("/organisations/" + organisationId + "/edit", payload, admin);
            assertOutputsKeepItAsText(projectId, payload);
            assertThat(Responses.body(mvc.get().uri("/projects/" + projectId).exchange())).contains(escaped(tag("summary", payload)));
        }
    }

    @Test
    void aLinkThatIsNoWebAddressIsRefusedNamingItsFieldAndNothingIsSaved() {
        UserAccount admin = accounts.administrator();
        for (String payload : PAYLOADS) {
            MvcTestResult organisation = mvc.post().uri("/api/organisations").with(accounts.as(admin))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of(
                            "name", "XSS link", "kind", "lag", "country", "EE", "website", payload))).exchange();
            assertThat(organisation).hasStatus(400);
            assertThat(JsonPath.<List<String>>read(Responses.body(organisation), "$.errors[*].field")).containsExactly("website");

            ObjectNode p = json.createObjectNode();
            p.put("language", "en").put("website", payload).putObject("titles").put("en", "XSS link project");
            p.putArray("media").addObject().put("title", "Article").put("date", "2024-03-01").put("url", payload);
            MvcTestResult project = mvc.post().uri("/api/projects").with(accounts.as(admin)).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(p)).exchange();
            assertThat(project).hasStatus(400);
            assertThat(JsonPath.<List<String>>read(Responses.body(project), "$.errors[*].field"))
                    .containsExactlyInAnyOrder("website", "media[0].url");
        }
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'XSS link'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from project_title where title = 'XSS link project'", Integer.class)).isZero();
    }

    @Test
    void aUsersNameAndATokensNameComeBackAsTextOnTheAccountPage() {
        UserAccount user = accounts.editorOfIds(Set.of());
        for (String payload : PAYLOADS) {
            MvcTestResult page = mvc.post().uri("/account/tokens").with(accounts.as(user)).param("name", tag("token", payload)).exchange();
            Document account = Jsoup.parse(Responses.body(page));
            assertOnlyOurOwnMarkup(account, "/account (" + payload + ")");
            assertThat(account.select("tbody th").eachText()).contains(tag("token", payload));
        }
    }

    /**
     * The calendar, the CSV export and the PDF report carry the payload as plain text, exactly as typed:
     * iCalendar escapes it by RFC 5545 and parses back to the same text, CSV quotes it, and the PDF shows it
     * as letters with no script, open action or javascript: link.
     */
    private void assertOutputsKeepItAsText(long projectId, String payload) throws Exception {
        String ics = Responses.body(mvc.get().uri("/projects/" + projectId + "/events.ics").exchange());
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        assertThat(calendar.getComponents("VEVENT").stream().map(e -> e.getProperty("SUMMARY").orElseThrow().getValue()))
                .as("iCalendar of %s", payload).containsExactly(tag("event", payload));

        String csv = Responses.body(mvc.get().uri("/api/export/events.csv").exchange());
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows.stream().filter(r -> r.get("project_id").equals(String.valueOf(projectId))).map(r -> r.get("title")))
                .as("CSV of %s", payload).containsExactly(tag("event", payload));

        byte[] pdf = mvc.get().uri("/api/projects/" + projectId + "/report.pdf?lang=en").exchange().getResponse().getContentAsByteArray();
        assertThat(eu.leadercoop.reports.PdfText.of(pdf).replaceAll("\\s+", " ")).as("PDF of %s", payload)
                .contains(tag("goal", payload).replaceAll("\\s+", " "));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        assertThat(uri.getURI()).as("PDF link of %s", payload).matches("https?://.*");
                    } else {
                        assertThat(annotation).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class);
                    }
                }
            }
        }
    }

    private void assertNothingGotThrough(String uri, String payload, UserAccount user) {
        MvcTestResult result = mvc.get().uri(uri).with(accounts.as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        assertOnlyOurOwnMarkup(Jsoup.parse(Responses.body(result)), uri + " (" + payload + ")");
    }

    private void assertNothingGotThrough(String uri, String payload) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        Document page = Jsoup.parse(Responses.body(result));
        assertOnlyOurOwnMarkup(page, uri + " (" + payload + ")");
    }

    /**
     * Only the layout's four scripts (besides the search module's own chart scripts on the organisation
     * and map pages), no event handler, no javascript: link, no img or svg.
     */
    static void assertOnlyOurOwnMarkup(Document page, String where) {
        assertThat(page.select("script").eachAttr("src").stream()
                .filter(src -> !src.matches("/webjars/echarts/[0-9.]+/dist/echarts.min.js") && !src.matches("/js/search-[a-z]+\\.js")))
                .as(where).hasSize(4).satisfiesExactly(
                src -> assertThat(src).matches("/webjars/bootstrap/[0-9.]+/dist/js/bootstrap.bundle.min.js"),
                src -> assertThat(src).matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js"),
                src -> assertThat(src).isEqualTo("/js/csrf.js"),
                src -> assertThat(src).isEqualTo("/js/language-links.js"));
        assertThat(page.select("script").stream().map(Element::data).filter(d -> !d.isBlank())).as(where).isEmpty();
        assertThat(page.select("img, svg, iframe, object, embed")).as(where).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).as(where).isEmpty();
        assertThat(page.select("[href]").eachAttr("href").stream().filter(h -> h.strip().toLowerCase().startsWith("javascript:")))
                .as(where).isEmpty();
    }

    private String projectWithPayloadEverywhere(String payload, String organisationName) {
        ObjectNode p = json.createObjectNode();
        p.put("language", "en");
        p.putObject("titles").put("en", tag("title", payload)).put("et", tag("title-et", payload));
        p.put("reference_number", tag("ref", payload).substring(0, Math.min(60, tag("ref", payload).length())));
        p.put("local_code", tag("code", payload).substring(0, Math.min(60, tag("code", payload).length())));
        p.putObject("period").put("start", "2024-01").put("end", "2025-06").put("as_written", tag("period", payload));
        p.put("summary", tag("summary", payload));
        p.putArray("target_groups").add(tag("target", payload));
        p.put("website", "https://example.org/project?field=website");
        p.putObject("funding").put("programme", tag("programme", payload)).put("priority", tag("priority", payload))
                .put("objective", tag("objective", payload)).put("measure", tag("measure", payload));
        p.put("publication_state", "published");
        ObjectNode partner = p.putArray("partners").addObject();
        partner.put("organisation", organisationName).put("role", "lead_partner").put("as_written", tag("as-written", payload));
        partner.putObject("budget").put("cost", 100).put("grant", 90).put("currency", "EUR");
        p.putArray("goals").add(tag("goal", payload));
        p.putArray("expected_results").addObject().put("text", tag("result", payload)).put("target", 5).put("unit", tag("unit", payload));
        ObjectNode activity = p.putArray("activities").addObject();
        activity.put("key", "a").put("label", "1").put("text", tag("activity", payload)).put("partner", organisationName);
        activity.putArray("commitments").addObject().put("min_count", 2).put("as_written", tag("commitment", payload))
                .putArray("event_types").add("meeting");
        ObjectNode event = p.putArray("events").addObject();
        event.put("title", tag("event", payload)).put("type", "meeting").put("place", tag("place", payload))
                .put("description", tag("description", payload)).put("activity", "a");
        event.putObject("date").put("start", "2024-03-14").put("as_written", tag("date", payload));
        event.putArray("organisers").add(organisationName);
        p.putArray("media").addObject().put("title", tag("media", payload)).put("outlet", tag("outlet", payload))
                .put("url", "https://example.org/media?field=url").put("date", "2024-03-01").put("as_written", tag("media-date", payload))
                .put("partner", organisationName);
        p.putArray("contacts").addObject().put("name", tag("contact", payload)).put("phone", tag("phone", payload).substring(0, Math.min(60, tag("phone", payload).length())))
                .put("partner", organisationName);
        p.putArray("sources").addObject().put("reference", tag("source", payload)).put("remarks", tag("remarks", payload))
                .put("period_as_written", tag("source-period", payload));
        return json.writeValueAsString(p);
    }

    private static String tag(String field, String payload) {
        return field + ": " + payload;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
