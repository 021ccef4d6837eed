package eu.leadercoop.tracking;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.tracking.internal.CommitmentRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Each commitment's status, computed from the events a project has recorded. The rules are in the
 * package documentation of {@code eu.leadercoop.tracking}; {@link TrackingTexts} says the reasons in words.
 */
@Service
public class CommitmentTracker {

    private final Projects projects;
    private final CommitmentRules rules;
    private final Clock clock;

    CommitmentTracker(Projects projects, CommitmentRules rules, Clock clock) {
        this.projects = projects;
        this.rules = rules;
        this.clock = clock;
    }

    /** The day statuses are computed for unless a caller asks about another. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The statuses of a project's commitments on {@code asOf}, in the order of its activities: a published
     * project, or a draft the current user may see (its partners' editors, administrators).
     *
     * @return empty when there is no such project the current user may see
     */
    public Optional<List<CommitmentStatus>> statuses(long projectId, LocalDate asOf) {
        return projects.visibleDetails(projectId, null).map(p -> statuses(p, asOf));
    }

    /** The statuses of the commitments of a project already read (no database access). */
    public List<CommitmentStatus> statuses(ProjectDetails project, LocalDate asOf) {
        return rules.statuses(project, asOf);
    }
}
