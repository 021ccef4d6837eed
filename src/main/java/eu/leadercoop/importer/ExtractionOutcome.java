package eu.leadercoop.importer;

/**
 * What extracting one document gives: a draft, or a failure with a message a person can act on.
 * Both serialise to one JSON object carrying the {@code source} they came from.
 */
public sealed interface ExtractionOutcome permits ExtractedProject, ExtractionFailure {

    /** The file name (or other label) the text came from. */
    String source();
}
