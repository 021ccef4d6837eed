package eu.leadercoop.importer.text;

/** A document that gives no text; the message is for the person who gave it. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
