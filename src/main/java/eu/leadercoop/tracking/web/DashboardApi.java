package eu.leadercoop.tracking.web;

import eu.leadercoop.tracking.CommitmentTracker;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data of the dashboards' charts and tables, as JSON. */
@RestController
@Tag(name = "Tracking")
class DashboardApi {

    private final Dashboards dashboards;
    private final CommitmentTracker tracker;

    DashboardApi(Dashboards dashboards, CommitmentTracker tracker) {
        this.dashboards = dashboards;
        this.tracker = tracker;
    }

    @GetMapping("/api/dashboards/network")
    @Operation(summary = "The whole network: commitments by status, upcoming deadlines, indicators, timeline, budgets in euro")
    Dashboard network(@Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(name = "as_of", required = false) String asOf,
            @Parameter(description = "et, pl or en (default)") @RequestParam(required = false) String lang) {
        return dashboards.network(day(asOf), Requests.language(lang));
    }

    @GetMapping("/api/dashboards/projects/{id}")
    @Operation(summary = "One project: its commitments, deadlines, indicators, activities and events over time, money")
    Dashboard project(@PathVariable long id, @RequestParam(name = "as_of", required = false) String asOf,
            @RequestParam(required = false) String lang) {
        Locale locale = Requests.language(lang);
        return dashboards.project(id, day(asOf), locale).orElseThrow(() -> Requests.noProject(id));
    }

    @GetMapping("/api/dashboards/organisations/{id}")
    @Operation(summary = "One organisation's published projects: their joint commitments and its own, deadlines, indicators, timeline")
    Dashboard organisation(@PathVariable long id, @RequestParam(name = "as_of", required = false) String asOf,
            @RequestParam(required = false) String lang) {
        Locale locale = Requests.language(lang);
        return dashboards.organisation(id, day(asOf), locale).orElseThrow(() -> Requests.noOrganisation(id));
    }

    private LocalDate day(String asOf) {
        return Requests.asOf(asOf, tracker.today());
    }
}
