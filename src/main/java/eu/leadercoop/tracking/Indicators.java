package eu.leadercoop.tracking;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.tracking.internal.IndicatorRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A project's expected results that have a target, with what is achieved and the percentage. The achieved
 * figure is the one entered on the result, else, for results counted in participants, the sum of the
 * participants of held events recorded against the project's activities.
 */
@Service
public class Indicators {

    private final Projects projects;
    private final Clock clock;

    Indicators(Projects projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /** Today's figures of a project the current user may see (published, or their own draft); else empty. */
    public Optional<List<IndicatorProgress>> of(long projectId) {
        return of(projectId, LocalDate.now(clock));
    }

    /** The figures as they stood on {@code asOf}: only events held by then count. */
    public Optional<List<IndicatorProgress>> of(long projectId, LocalDate asOf) {
        return projects.visibleDetails(projectId, null).map(p -> of(p, asOf));
    }

    /** The figures of a project already read (no database access). */
    public List<IndicatorProgress> of(ProjectDetails project, LocalDate asOf) {
        return IndicatorRules.progress(project, asOf);
    }
}
