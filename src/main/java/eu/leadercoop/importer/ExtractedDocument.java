package eu.leadercoop.importer;

/**
 * A document's text together with what extraction made of it, so that a reviewer sees the draft beside the words
 * it was read from (the spans of {@link ExtractedProject#fields()} are offsets in {@code text}).
 *
 * @param text    the document's text; empty when none could be read
 * @param outcome the draft, or why there is none
 */
public record ExtractedDocument(String text, ExtractionOutcome outcome) {
}
