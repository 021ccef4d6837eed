package eu.leadercoop.importer.draft;

import eu.leadercoop.importer.ExtractedProject;

import java.time.Instant;

/**
 * A draft as review reads it: the document's name and text, the extraction, and where review left it.
 *
 * @param projectId the project it was saved as or merged into, once saved
 */
public record Draft(long id, String sourceName, String text, ExtractedProject extracted, DraftStatus status,
                    Long projectId, Instant createdAt) {
}
