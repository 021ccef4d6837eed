package eu.leadercoop.reports;

/** A report was asked for a project that does not exist or is not published. */
public class UnknownProjectException extends RuntimeException {

    private final long projectId;

    public UnknownProjectException(long projectId) {
        super("There is no published project " + projectId + ".");
        this.projectId = projectId;
    }

    public long projectId() {
        return projectId;
    }
}
