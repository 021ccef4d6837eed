package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.Revisions;
import eu.leadercoop.registry.model.Project;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;

/** Reads a project's revisions from the Envers audit tables and restores earlier versions. */
@Component
public class ProjectRevisions {

    private final EntityManager entityManager;
    private final ProjectViews views;
    private final FieldDiff diff;
    private final ProjectEditor editor;
    private final RecordGuard guard;
    private final Revisions revisions;

    ProjectRevisions(EntityManager entityManager, ProjectViews views, FieldDiff diff, ProjectEditor editor, RecordGuard guard,
            Revisions revisions) {
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.views = views;
        this.diff = diff;
        this.editor = editor;
        this.guard = guard;
    }

    public List<RecordRevision> list(long projectId) {
        return list(projectId, 0, Integer.MAX_VALUE);
    }

    /** The {@code limit} revisions after the newest {@code offset}; see {@link Revisions#of(Class, Object, java.util.function.Function, int, int)}. */
    public List<RecordRevision> list(long projectId, int offset, int limit) {
        requireEditor(projectId);
        return revisions.of(Project.class, projectId, then -> diff.flatten(views.details(then, null)), offset, limit);
    }

    public long count(long projectId) {
        requireEditor(projectId);
        return revisions.count(Project.class, projectId);
    }

    public ProjectDetails at(long projectId, long revision) {
        requireEditor(projectId);
        // revision numbers start at 1 and are ints; Envers throws on anything else instead of finding nothing
        Project then = revision < 1 || revision > Integer.MAX_VALUE ? null
                : AuditReaderFactory.get(entityManager).find(Project.class, projectId, revision);
        if (then == null) {
            throw new NoSuchRecordException("project " + projectId + " has no revision " + revision);
        }
        return views.details(then, null);
    }

    public ProjectDetails restore(long projectId, long revision, long version) {
        ProjectDraft old = DraftOfDetails.of(at(projectId, revision));
        ProjectDraft keepState = new ProjectDraft(old.language(), old.titles(), old.referenceNumber(), old.localCode(), old.period(),
                old.summary(), old.targetGroups(), old.website(), old.funding(), old.partnersTotal(), old.partners(), old.goals(),
                old.expectedResults(), old.activities(), old.events(), old.media(), old.contacts(), old.sources(), null);
        return editor.replace(projectId, version, keepState);
    }

    private void requireEditor(long projectId) {
        if (!guard.mayEdit(editor.access(editor.visible(projectId)))) {
            throw new NotPermittedException("only the project's partners and administrators may read its history");
        }
    }
}
