package eu.leadercoop.registry;

/**
 * A change was made against an older version of the record than the one stored: someone else saved
 * in between. Carries both sides so that the editor can compare them and nothing is lost: the record
 * as stored now and what was submitted.
 */
public class StaleVersionException extends RuntimeException {

    private final long submittedVersion;
    private final long currentVersion;
    private final transient Object current;
    private final transient Object submitted;

    public StaleVersionException(long submittedVersion, long currentVersion, Object current, Object submitted) {
        super("the record was changed by someone else: it is at version " + currentVersion
                + ", the change was made to version " + submittedVersion);
        this.submittedVersion = submittedVersion;
        this.currentVersion = currentVersion;
        this.current = current;
        this.submitted = submitted;
    }

    public long submittedVersion() {
        return submittedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The record as stored now ({@link ProjectDetails} or {@link OrganisationSummary}). */
    public Object current() {
        return current;
    }

    /** What the refused change submitted (a draft), null for a removal or a workflow step. */
    public Object submitted() {
        return submitted;
    }
}
