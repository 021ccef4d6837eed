package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.DraftOfDetails;
import eu.leadercoop.registry.internal.ProjectEditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change a person makes to a project record, checked field by field and against the
 * {@link RecordGuard}. Each method runs in one transaction and returns the record as saved; on any
 * refusal nothing is saved.
 *
 * <p>Changes to an existing project carry the {@code version} they were made to (the
 * {@link ProjectDetails#version()} the editor read); every saved change raises it by one.
 *
 * @see PartKind for how list items are named
 */
@Service
@Transactional
public class ProjectEditing {

    private final ProjectEditor editor;

    ProjectEditing(ProjectEditor editor) {
        this.editor = editor;
    }

    /**
     * Creates a project from a whole record. Allowed to administrators and to editors of the organisation
     * that leads it (its coordinators); parts owned by partners with editors of their own are theirs to add.
     *
     * @throws InvalidDraftException naming every wrong field
     * @throws NotPermittedException when the current user may not create it
     */
    public ProjectDetails create(ProjectDraft draft) {
        return editor.create(draft);
    }

    /**
     * Replaces the whole record (all its parts; the publication state only when the draft states one).
     * Permission is checked for each area whose content changes.
     *
     * @throws StaleVersionException when the record is no longer at {@code version}
     * @throws NoSuchRecordException when there is no such project the user may see
     */
    public ProjectDetails replace(long projectId, long version, ProjectDraft draft) {
        return editor.replace(projectId, version, draft);
    }

    /** States the shared core's own fields anew: titles, numbers, period, summary, target groups, funding, total budget. */
    public ProjectDetails updateCore(long projectId, long version, CoreDraft core) {
        return editor.updateCore(projectId, version, core);
    }

    /** Adds one item to a list; {@code draft} is of {@link PartKind#draftType()}. */
    public ProjectDetails add(long projectId, long version, PartKind kind, Object draft) {
        return editor.add(projectId, version, kind, draft);
    }

    /** Rewrites the item {@code ref} names (see {@link PartKind}) with everything {@code draft} states. */
    public ProjectDetails update(long projectId, long version, PartKind kind, long ref, Object draft) {
        return editor.update(projectId, version, kind, ref, draft);
    }

    /** Removes the item {@code ref} names; removing a partner removes its activities and contacts too. */
    public ProjectDetails remove(long projectId, long version, PartKind kind, long ref) {
        return editor.remove(projectId, version, kind, ref);
    }

    /** Sets (or, with null, clears) one partner's budget line. */
    public ProjectDetails setBudget(long projectId, long version, long organisationId, ProjectDraft.Budget budget) {
        return editor.setBudget(projectId, version, organisationId, budget);
    }

    /**
     * The draft that states {@code project} again, as a whole-record form or a {@link #replace} starts
     * from: activities get keys ({@code a12}) that their events name.
     */
    public static ProjectDraft draftOf(ProjectDetails project) {
        return DraftOfDetails.of(project);
    }

    /** Makes the record public (coordinators and administrators). */
    public ProjectDetails publish(long projectId, long version) {
        return editor.publish(projectId, version, true);
    }

    /** Takes the record out of public view (coordinators and administrators). */
    public ProjectDetails unpublish(long projectId, long version) {
        return editor.publish(projectId, version, false);
    }
}
