package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDates;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentTracker;
import eu.leadercoop.tracking.TrackingTexts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What templates of other modules use from tracking, as {@code ${@tracking...}}: the project page shows each
 * commitment's status beside it with {@code ${@tracking.badges(project)}}, keyed by commitment id.
 */
@Component("tracking")
public class TrackingView {

    /** A commitment's status in the reader's language, with its Bootstrap tone. */
    public record Badge(String status, String label, String tone, String reason, String problems) {
    }

    private final CommitmentTracker tracker;
    private final TrackingTexts texts;

    TrackingView(CommitmentTracker tracker, TrackingTexts texts) {
        this.tracker = tracker;
        this.texts = texts;
    }

    /** Today's status of each of the project's commitments, by commitment id. */
    public Map<Long, Badge> badges(ProjectDetails project) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, Badge> badges = new LinkedHashMap<>();
        for (CommitmentStatus s : tracker.statuses(project, tracker.today())) {
            badges.put(s.commitmentId(), new Badge(s.status().code(), texts.status(s.status(), locale), Tones.of(s.status()),
                    texts.reason(s, locale), s.problems().isEmpty() ? null : texts.problems(s, locale)));
        }
        return badges;
    }

    /** A day as the registry writes dates in the reader's language: 30.06.2025, 30 June 2025. */
    public String day(LocalDate day) {
        return day == null ? "" : PartialDates.format(PartialDate.of(day), LocaleContextHolder.getLocale());
    }
}
