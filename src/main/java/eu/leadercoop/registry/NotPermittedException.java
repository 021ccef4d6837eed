package eu.leadercoop.registry;

/** The current user may not make this change (or see this record); nothing was changed. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
