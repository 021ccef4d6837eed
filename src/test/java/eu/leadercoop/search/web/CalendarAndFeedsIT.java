package eu.leadercoop.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The events calendar (today is 2024-09-01) and the iCalendar feeds, parsed back with ical4j. Events
 * known only by month or season become all-day spans over that whole month or season.
 */
@IntegrationTest
class CalendarAndFeedsIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void projectFeedHasEveryDatedEventAsAnAllDaySpan() throws Exception {
        Calendar feed = feed("/projects/" + projectId("Piirkondade kogemusvahetus") + "/events.ics");
        Map<String, String> spans = spans(feed);
        assertThat(spans).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Partnerite veebikoosolek 20240314", "20240315",
                "Partnerite veebikoosolek 20240315", "20240316",
                "Osalemine rahvusvahelisel LEADER konverentsil LINC 2024 Rumeenias 20240604", "20240608",
                "Partnerite liikmete õppereis ja koostööseminar 20240823", "20240825",
                "Partnerite juhatuste ja tegevmeeskondade seminar 20241108", "20241109",
                // 11/2024: the whole of November
                "Aastalõpu üritus liikmetele 20241101", "20241201",
                // kevad 2025: spring, March to May
                "Välisõppereis liikmetele koos Nelja Valla Kogu ja Ida-Harju Koostöökoja liikmetega 20250301", "20250601"));
        VEvent conference = feed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().startsWith("Osalemine")).findFirst().orElseThrow();
        assertThat(conference.getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("conference");
        assertThat(conference.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Romania");
        assertThat(conference.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(conference.getProperty("URL").orElseThrow().getValue()).endsWith("/projects/" + projectId("Piirkondade kogemusvahetus"));
    }

    @Test
    void projectPageLinksToItsFeed() {
        String id = projectId("Piirkondade kogemusvahetus");
        assertThat(page("/projects/" + id).select("a[href=/projects/" + id + "/events.ics]").text())
                .isEqualTo("Events as a calendar (iCal)");
    }

    @Test
    void searchFeedHasTheEventsOfTheProjectsFound() throws Exception {
        // "2020. ja 2021. aasta märtsis": two hackathons known by month
        Map<String, String> spans = spans(feed("/search/events.ics?q=loometalgud"));
        assertThat(spans).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Vunki mano! loometalgud 20200301", "20200401",
                "Vunki mano! loometalgud 20210301", "20210401"));
    }

    @Test
    void organisationFeedHasEventsOfItsProjects() throws Exception {
        String nelja = organisationId("Nelja Valla");
        assertThat(spans(feed("/organisations/" + nelja + "/events.ics"))).hasSize(7)
                .isEqualTo(spans(feed("/events.ics?when=all&organisation=" + nelja)));
    }

    @Test
    void calendarListsUpcomingEventsSoonestFirstAndPastOnesLatestFirst() {
        Document upcoming = page("/events?when=upcoming&type=seminar");
        assertThat(upcoming.select(".lc-event h2").eachText()).containsExactly("Partnerite juhatuste ja tegevmeeskondade seminar");
        Document past = page("/events?when=past&type=online_meeting");
        assertThat(past.select(".lc-event h2").eachText()).containsExactly("Partnerite veebikoosolek", "Partnerite veebikoosolek");
        assertThat(past.select(".lc-event time").eachAttr("datetime")).containsExactly("2024-03-15", "2024-03-14");
        Document hackathons = page("/events?when=past&type=hackathon&region=EE-86");
        assertThat(hackathons.select(".lc-event time").eachText()).containsExactly("March 2021", "March 2020");
        assertThat(hackathons.select(".lc-event").first().text()).contains("Project: Vunki mano! loometalgud")
                .contains("Võru County, Estonia");
        assertThat(hackathons.select("a[href^=/events.ics]").attr("href"))
                .isEqualTo("/events.ics?when=past&type=hackathon&region=EE-86");
    }

    @Test
    void eventsApiAndBadParameters() {
        String body = Responses.body(mvc.get().uri("/api/events?when=upcoming&type=year_end_event").exchange());
        assertThat((List<String>) JsonPath.read(body, "$.events[*].start")).containsExactly("2024-11");
        assertThat((List<String>) JsonPath.read(body, "$.events[*].title")).containsExactly("Aastalõpu üritus liikmetele");
        var bad = mvc.get().uri("/api/events?when=soon&type=party").exchange();
        assertThat(bad).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(bad), "$.errors[*].field")).containsExactly("when", "type");
        assertThat(mvc.get().uri("/projects/999999/events.ics")).hasStatus(404);
    }

    private Calendar feed(String uri) throws Exception {
        var result = mvc.get().uri(URI.create(uri)).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(Responses.body(result)));
    }

    /** "summary start" → end (exclusive) of each event, as DATE values. */
    private static Map<String, String> spans(Calendar feed) {
        Map<String, String> spans = new TreeMap<>();
        for (VEvent e : feed.<VEvent>getComponents("VEVENT")) {
            spans.put(e.getSummary().getValue() + " " + e.getProperty("DTSTART").orElseThrow().getValue(),
                    e.getProperty("DTEND").orElseThrow().getValue());
        }
        return spans;
    }

    private Document page(String uri) {
        var result = mvc.get().uri(URI.create(uri)).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }

    private String projectId(String title) {
        String body = Responses.body(mvc.get().uri(URI.create("/api/search?q=" + title.replace(" ", "%20"))).exchange());
        return String.valueOf((Integer) JsonPath.read(body, "$.hits[0].project.id"));
    }

    private String organisationId(String name) {
        String body = Responses.body(mvc.get().uri(URI.create("/api/organisations/suggest?q=" + name.replace(" ", "%20"))).exchange());
        return String.valueOf((Integer) JsonPath.read(body, "$[0].id"));
    }
}
