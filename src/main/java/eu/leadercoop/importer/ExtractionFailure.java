package eu.leadercoop.importer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A document that could not be read at all (empty, too large, binary, a PDF without text...).
 *
 * @param source the file name
 * @param error  a message for a person, never a stack trace
 */
@JsonPropertyOrder({"source", "error"})
public record ExtractionFailure(String source, String error) implements ExtractionOutcome {
}
