package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ProjectLookup;
import eu.leadercoop.registry.internal.ProjectMerger;
import eu.leadercoop.registry.internal.ProjectViews;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing another source into a project that is already recorded: finding the projects a new text may
 * describe, and adding what it says to one of them ({@link ProjectMerge}). Reads here see projects in any
 * publication state, as a merge may go into a draft record.
 */
@Service
@Transactional(readOnly = true)
public class ProjectMerging {

    private final ProjectLookup lookup;
    private final ProjectMerger merger;
    private final ProjectViews views;

    ProjectMerging(ProjectLookup lookup, ProjectMerger merger, ProjectViews views) {
        this.lookup = lookup;
        this.merger = merger;
        this.views = views;
    }

    /** A project in any publication state, in its own language. */
    public Optional<ProjectDetails> details(long id) {
        return lookup.findById(id).map(p -> views.details(p, null));
    }

    /**
     * Projects that may be the one a text describes: those with this reference number and those in which any
     * of these organisations is a partner, most recently changed first.
     *
     * @param referenceNumber  the text's reference number, or null
     * @param organisationIds  the organisations the text names as partners
     * @param limit            at most this many
     */
    public List<ProjectDetails> candidates(String referenceNumber, Collection<Long> organisationIds, int limit) {
        String reference = referenceNumber == null || referenceNumber.isBlank() ? null : referenceNumber.strip();
        // an empty IN list is not portable SQL; no organisation has id -1
        Collection<Long> ids = organisationIds.isEmpty() ? List.of(-1L) : organisationIds;
        return lookup.findCandidates(reference, ids, PageRequest.of(0, Math.max(1, limit))).stream()
                .map(p -> views.details(p, null)).toList();
    }

    /**
     * Adds a source's statements to a recorded project in one transaction.
     *
     * @return the project as it is now
     * @throws InvalidDraftException naming every problem (an unknown project is {@code project_id},
     *     {@code unknown_project}); nothing is changed then
     */
    @Transactional
    public ProjectDetails merge(long projectId, ProjectMerge merge) {
        return views.details(merger.merge(projectId, merge), null);
    }
}
