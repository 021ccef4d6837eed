package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ProjectRevisions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full history of a project record (Hibernate Envers): every saved change with who, when and what
 * changed field by field, any earlier version as a whole, and restoring one (itself a new change).
 * Open to those who may edit the project (its partners' editors and administrators).
 */
@Service
@Transactional(readOnly = true)
public class ProjectHistory {

    private final ProjectRevisions revisions;

    ProjectHistory(ProjectRevisions revisions) {
        this.revisions = revisions;
    }

    /** Every revision of the project, newest first, each compared with the one before it. */
    public List<RecordRevision> revisions(long projectId) {
        return revisions.list(projectId);
    }

    /** The whole record as it was saved in {@code revision}. */
    public ProjectDetails at(long projectId, long revision) {
        return revisions.at(projectId, revision);
    }

    /**
     * Makes the record read again as in {@code revision} (its publication state stays as it is now),
     * checked like any whole-record change: the user needs the rights for every area it changes back.
     *
     * @throws StaleVersionException when the record is no longer at {@code version}
     */
    @Transactional
    public ProjectDetails restore(long projectId, long revision, long version) {
        return revisions.restore(projectId, revision, version);
    }
}
