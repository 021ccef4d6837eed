package eu.leadercoop.registry;

/** There is no such project, part or organisation, or not one the current user may see. */
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String message) {
        super(message);
    }
}
