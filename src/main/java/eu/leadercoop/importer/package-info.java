/**
 * Import of existing project pages: turns text, HTML, DOCX and PDF descriptions of cooperation projects
 * into structured drafts ({@link eu.leadercoop.importer.ExtractedProject}).
 *
 * <p>Public surface: {@link eu.leadercoop.importer.DocumentImporter} (bytes or text in, draft out),
 * {@link eu.leadercoop.importer.ExtractedProject} and {@link eu.leadercoop.importer.ExtractionFailure}
 * (the JSON contract of DESIGN.md), {@link eu.leadercoop.importer.ExtractCommand} (the {@code extract}
 * command line). Sub-packages are internals: {@code text} gets text out of files, {@code extract} reads
 * the fields out of text, {@code web} serves {@code POST /api/extract}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importer")
package eu.leadercoop.importer;
