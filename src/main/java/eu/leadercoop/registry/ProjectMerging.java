package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ProjectEditor;
import eu.leadercoop.registry.internal.ProjectLookup;
import eu.leadercoop.registry.internal.ProjectMerger;
import eu.leadercoop.registry.internal.ProjectViews;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing another source into a project that is already recorded: finding the projects a new text may
 * describe, and adding what it says to one of them ({@link ProjectMerge}). A merge may go into a draft
 * record the current user may see; it is checked like every other edit.
 */
@Service
@Transactional(readOnly = true)
public class ProjectMerging {

    private final ProjectLookup lookup;
    private final ProjectMerger merger;
    private final ProjectViews views;
    private final ProjectEditor editor;
    private final RecordGuard guard;

    ProjectMerging(ProjectLookup lookup, ProjectMerger merger, ProjectViews views, ProjectEditor editor, RecordGuard guard) {
        this.lookup = lookup;
        this.merger = merger;
        this.views = views;
        this.editor = editor;
        this.guard = guard;
    }

    private boolean visible(Project project) {
        return project.getPublicationState() == PublicationState.PUBLISHED || guard.maySee(editor.access(project));
    }

    /** A project the current user may see (drafts only for its partners and administrators), in its own language. */
    public Optional<ProjectDetails> details(long id) {
        return lookup.findById(id).filter(this::visible).map(p -> views.details(p, null));
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
                .filter(this::visible).map(p -> views.details(p, null)).toList();
    }

    /**
     * Adds a source's statements to a recorded project in one transaction, checked like every other edit.
     *
     * @return the project as it is now
     * @throws InvalidDraftException naming every problem; nothing is changed then
     * @throws StaleVersionException when the merge was prepared from an older version than the stored one
     * @throws NoSuchRecordException when there is no such project the current user may see
     * @throws NotPermittedException when the merge changes what the current user may not change
     */
    @Transactional
    public ProjectDetails merge(long projectId, ProjectMerge merge) {
        return merger.merge(projectId, merge);
    }
}
