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

    /** One page of {@link #revisions(long)}, newest first: {@code size} revisions from the {@code page}th (from 0). */
    public List<RecordRevision> revisions(long projectId, int page, int size) {
        return revisions.list(projectId, (int) Math.min(Integer.MAX_VALUE, (long) page * size), size);
    }

    /** How many revisions {@link #revisions(long)} has. */
    public long revisionCount(long projectId) {
        return revisions.count(projectId);
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
