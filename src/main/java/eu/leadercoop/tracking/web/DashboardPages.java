package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.InvalidDraftException;

import eu.leadercoop.tracking.CommitmentTracker;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboards: the network's, a project's and an organisation's. Tables are rendered here; the charts
 * (ECharts) read the same data from {@link DashboardApi}.
 */
@Controller
class DashboardPages {

    private final Dashboards dashboards;
    private final CommitmentTracker tracker;

    DashboardPages(Dashboards dashboards, CommitmentTracker tracker) {
        this.dashboards = dashboards;
        this.tracker = tracker;
    }

    @GetMapping("/dashboards/network")
    String network(@RequestParam(name = "as_of", required = false) String asOf, Model model) {
        LocalDate day = day(asOf);
        return show(model, dashboards.network(day, locale()), "/api/dashboards/network", asOf);
    }

    @GetMapping("/dashboards/projects/{id}")
    String project(@PathVariable long id, @RequestParam(name = "as_of", required = false) String asOf, Model model) {
        Dashboard dashboard = dashboards.project(id, day(asOf), locale()).orElseThrow(() -> Requests.noProject(id));
        return show(model, dashboard, "/api/dashboards/projects/" + id, asOf);
    }

    @GetMapping("/dashboards/organisations/{id}")
    String organisation(@PathVariable long id, @RequestParam(name = "as_of", required = false) String asOf, Model model) {
        Dashboard dashboard = dashboards.organisation(id, day(asOf), locale()).orElseThrow(() -> Requests.noOrganisation(id));
        return show(model, dashboard, "/api/dashboards/organisations/" + id, asOf);
    }

    private String show(Model model, Dashboard dashboard, String api, String asOf) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("today", tracker.today());
        model.addAttribute("source", UriComponentsBuilder.fromPath(api)
                .queryParam("as_of", dashboard.asOf()).queryParam("lang", dashboard.language()).build().toUriString());
        return "tracking/dashboard";
    }

    /** A day asked for in the page's form; a malformed one is a 400 page. */
    private LocalDate day(String asOf) {
        try {
            return Requests.asOf(asOf, tracker.today());
        } catch (InvalidDraftException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "as_of is not a day written as YYYY-MM-DD");
        }
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return Requests.language(locale.getLanguage().isEmpty() ? null : locale.getLanguage());
    }
}
