package eu.leadercoop.search.web;

import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.Regions;
import eu.leadercoop.search.CalendarEvent;
import eu.leadercoop.search.CalendarQuery;
import eu.leadercoop.search.EventCalendar;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.calendar.IcsFeed;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar feeds to subscribe to: the calendar's (with its filters), a project's, an organisation's
 * (events it organises or of projects it is a partner of) and a search's (events of the projects found).
 */
@Controller
@Hidden
class CalendarFeeds {

    /** The most events one feed carries. */
    static final int MAX_EVENTS = 2000;

    private final EventCalendar calendar;
    private final ProjectSearch search;
    private final Projects projects;
    private final Organisations organisations;
    private final Regions regions;

    CalendarFeeds(EventCalendar calendar, ProjectSearch search, Projects projects, Organisations organisations, Regions regions) {
        this.calendar = calendar;
        this.search = search;
        this.projects = projects;
        this.organisations = organisations;
        this.regions = regions;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> all(@ParameterObject CalendarParams params) {
        CalendarQuery q = params.toQuery();
        CalendarQuery all = new CalendarQuery(q.when(), q.types(), q.region(), q.organisation(), null, 0, MAX_EVENTS);
        return feed("LeaderCoop", calendar.find(all).events());
    }

    @GetMapping("/projects/{id}/events.ics")
    ResponseEntity<String> project(@PathVariable long id) {
        var project = projects.publishedDetails(id, null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published project " + id));
        return feed(project.title(), calendar.find(CalendarQuery.ofProjects(List.of(id), MAX_EVENTS)).events());
    }

    @GetMapping("/organisations/{id}/events.ics")
    ResponseEntity<String> organisation(@PathVariable long id) {
        var organisation = organisations.details(id, null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
        return feed(organisation.name(), calendar.find(CalendarQuery.ofOrganisation(id, MAX_EVENTS)).events());
    }

    @GetMapping("/search/events.ics")
    ResponseEntity<String> search(@ParameterObject SearchParams params) {
        var query = params.toQuery("en");
        List<Long> found = search.projectIds(query);
        String name = query.text().isEmpty() ? "LeaderCoop" : "LeaderCoop: " + query.text();
        return feed(name, calendar.find(CalendarQuery.ofProjects(found, MAX_EVENTS)).events());
    }

    private ResponseEntity<String> feed(String name, List<CalendarEvent> events) {
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String body = IcsFeed.write(name, events, site, this::location);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsFeed.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"events.ics\"")
                .body(body);
    }

    private String location(CalendarEvent e) {
        List<String> parts = new ArrayList<>();
        if (e.place() != null) {
            parts.add(e.place());
        }
        if (e.region() != null) {
            parts.add(regions.name(e.region(), "en"));
        }
        if (e.country() != null) {
            parts.add(Locale.of("", e.country()).getDisplayCountry(Locale.ENGLISH));
        }
        return String.join(", ", parts);
    }
}
