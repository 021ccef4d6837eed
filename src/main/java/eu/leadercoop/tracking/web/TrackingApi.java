package eu.leadercoop.tracking.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentTracker;
import eu.leadercoop.tracking.IndicatorProgress;
import eu.leadercoop.tracking.Indicators;
import eu.leadercoop.tracking.MoneyCheck;
import eu.leadercoop.tracking.MoneyChecks;
import eu.leadercoop.tracking.TrackingTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tracking API of a project: {@code /commitments} (each commitment's status on a day, with the reason in
 * words), {@code /indicators} (targets against achievements) and {@code /money} (figures in euro and the money
 * rules they break).
 */
@RestController
@Tag(name = "Tracking", description = "Commitments, indicators and money checks")
class TrackingApi {

    /** A project's commitments on {@code asOf}. */
    record ProjectCommitments(long projectId, String title, LocalDate asOf, String language, List<CommitmentView> commitments) {
    }

    /** A status with its texts in the language asked for; the status's own fields are inlined. */
    record CommitmentView(@JsonUnwrapped CommitmentStatus commitment, String statusLabel, String reasonText, String problemsText) {
    }

    /** A project's indicators on {@code asOf}. */
    record ProjectIndicators(long projectId, LocalDate asOf, List<IndicatorProgress> indicators) {
    }

    private final CommitmentTracker tracker;
    private final TrackingTexts texts;
    private final Projects projects;
    private final Indicators indicators;
    private final MoneyChecks money;

    TrackingApi(CommitmentTracker tracker, TrackingTexts texts, Projects projects, Indicators indicators, MoneyChecks money) {
        this.tracker = tracker;
        this.texts = texts;
        this.projects = projects;
        this.indicators = indicators;
        this.money = money;
    }

    @GetMapping("/api/projects/{id}/commitments")
    @Operation(summary = "Each commitment's status (met, on_track, at_risk, missed, not_started) on a day, with the "
            + "events that count and the reason in words")
    ProjectCommitments commitments(@PathVariable long id,
            @Parameter(description = "The day to compute the statuses for, YYYY-MM-DD; today when absent")
            @RequestParam(name = "as_of", required = false) String asOf,
            @Parameter(description = "Language of the texts: et, pl or en (default)")
            @RequestParam(required = false) String lang) {
        LocalDate day = Requests.asOf(asOf, tracker.today());
        Locale locale = Requests.language(lang);
        var project = projects.visibleDetails(id, locale.getLanguage()).orElseThrow(() -> Requests.noProject(id));
        List<CommitmentView> views = tracker.statuses(project, day).stream()
                .map(s -> new CommitmentView(s, texts.status(s.status(), locale), texts.reason(s, locale),
                        s.problems().isEmpty() ? null : texts.problems(s, locale)))
                .toList();
        return new ProjectCommitments(id, project.title(), day, locale.getLanguage(), views);
    }

    @GetMapping("/api/projects/{id}/indicators")
    @Operation(summary = "Expected results with targets: target, achieved (entered, or participants of held events) and percentage")
    ProjectIndicators indicators(@PathVariable long id,
            @Parameter(description = "Count events held by this day, YYYY-MM-DD; today when absent")
            @RequestParam(name = "as_of", required = false) String asOf) {
        LocalDate day = Requests.asOf(asOf, tracker.today());
        var project = projects.visibleDetails(id, null).orElseThrow(() -> Requests.noProject(id));
        return new ProjectIndicators(id, day, indicators.of(project, day));
    }

    @GetMapping("/api/projects/{id}/money")
    @Operation(summary = "Budget figures converted to euro with ECB rates (each with its rate date) and the money rules they break")
    MoneyCheck money(@PathVariable long id) {
        return money.of(projects.visibleDetails(id, null).orElseThrow(() -> Requests.noProject(id)));
    }
}
