package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Indicator;
import eu.leadercoop.tracking.AchievedFrom;
import eu.leadercoop.tracking.IndicatorProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Targets against achievements. An achieved figure entered on the result wins; otherwise, for a result
 * counted in participants, the participants of the events held by the day asked about that are recorded
 * against one of the project's activities (events outside the activities are not what the result promised)
 * and state a participant count; otherwise nothing is achieved yet as far as the registry knows.
 */
public final class IndicatorRules {

    /** Units that count people, as the registry and its sources write them in en, et and pl. */
    private static final Set<String> PARTICIPANT_UNITS = Set.of("participants", "participant", "people", "persons",
            "osalejat", "osalejad", "osaleja", "inimest", "inimesed", "uczestników", "uczestnicy", "uczestnik", "osób", "osoby");

    private IndicatorRules() {
    }

    public static List<IndicatorProgress> progress(ProjectDetails project, LocalDate asOf) {
        List<IndicatorProgress> progress = new ArrayList<>();
        List<ProjectDetails.Result> results = project.expectedResults();
        for (int i = 0; i < results.size(); i++) {
            ProjectDetails.Result r = results.get(i);
            if (r.target() != null) {
                progress.add(progress(i, r, project.events(), asOf));
            }
        }
        return progress;
    }

    private static IndicatorProgress progress(int position, ProjectDetails.Result r, List<ProjectDetails.Event> events, LocalDate asOf) {
        BigDecimal achieved = r.achieved();
        AchievedFrom from = achieved != null ? AchievedFrom.ENTERED : AchievedFrom.NONE;
        List<Long> counted = List.of();
        if (achieved == null && countsPeople(r.unit())) {
            List<ProjectDetails.Event> held = events.stream()
                    .filter(e -> e.activityId() != null && e.participants() != null && e.start() != null && CommitmentRules.held(e, asOf))
                    .toList();
            if (!held.isEmpty()) {
                achieved = held.stream().map(e -> BigDecimal.valueOf(e.participants())).reduce(BigDecimal.ZERO, BigDecimal::add);
                from = AchievedFrom.EVENTS;
                counted = held.stream().map(ProjectDetails.Event::id).toList();
            }
        }
        BigDecimal percent = new Indicator(r.target(), r.unit(), r.approximate(), achieved).percentAchieved().orElse(null);
        return new IndicatorProgress(position, r.text(), r.target(), r.unit(), r.approximate(), achieved, from, percent, counted);
    }

    static boolean countsPeople(String unit) {
        return unit != null && PARTICIPANT_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }
}
