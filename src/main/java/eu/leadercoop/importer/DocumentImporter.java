package eu.leadercoop.importer;

import eu.leadercoop.importer.extract.ProjectReader;
import eu.leadercoop.importer.text.DocumentReader;
import eu.leadercoop.importer.text.DocumentText;
import eu.leadercoop.importer.text.UnreadableDocumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a project page into a draft record: text out of the file ({@code .txt} in UTF-8 or an old Baltic or
 * Central European code page, {@code .html}, {@code .docx}, {@code .odt}, {@code .pdf}), then the fields out of
 * the text. Never throws for bad input: a document that gives no text comes back as an
 * {@link ExtractionFailure} with a message for a person. Stateless and thread-safe.
 */
public final class DocumentImporter {

    /**
     * Extracts a file from disk; the size is checked before reading it.
     *
     * @param path the file
     * @return the draft, or the reason there is none
     */
    public ExtractionOutcome extract(Path path) {
        return extractDocument(path).outcome();
    }

    /** Like {@link #extract(Path)}, with the document's text. */
    public ExtractedDocument extractDocument(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (!Files.isRegularFile(path)) {
                return failed(name, "No such file.");
            }
            long size = Files.size(path);
            if (size > DocumentReader.MAX_BYTES) {
                return failed(name, DocumentReader.tooLarge(size));
            }
            return extractDocument(name, Files.readAllBytes(path));
        } catch (IOException | SecurityException e) {
            return failed(name, "The file could not be read: " + e.getMessage());
        }
    }

    /**
     * Extracts an uploaded file.
     *
     * @param name  its name (the format is told by its content first, then by the name)
     * @param bytes its content
     */
    public ExtractionOutcome extract(String name, byte[] bytes) {
        return extractDocument(name, bytes).outcome();
    }

    /** Like {@link #extract(String, byte[])}, with the document's text. */
    public ExtractedDocument extractDocument(String name, byte[] bytes) {
        try {
            DocumentText document = DocumentReader.read(name, bytes);
            ExtractedProject project = extractText(name, document.text());
            if (document.warnings().isEmpty()) {
                return new ExtractedDocument(document.text(), project);
            }
            List<String> warnings = new ArrayList<>(document.warnings());
            warnings.addAll(project.warnings());
            return new ExtractedDocument(document.text(), withWarnings(project, warnings));
        } catch (UnreadableDocumentException e) {
            return failed(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // a bug of ours must not become a stack trace in front of the user; the file name helps to find it
            return failed(name, "The document could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    /**
     * Extracts a file from disk as one draft per project it describes (a page that lists several projects gives
     * several, each with the same {@code source}); a file that gives no text is one {@link ExtractionFailure}.
     */
    public List<ExtractionOutcome> extractAll(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (!Files.isRegularFile(path)) {
                return List.of(new ExtractionFailure(name, "No such file."));
            }
            long size = Files.size(path);
            if (size > DocumentReader.MAX_BYTES) {
                return List.of(new ExtractionFailure(name, DocumentReader.tooLarge(size)));
            }
            DocumentText document = DocumentReader.read(name, Files.readAllBytes(path));
            List<ExtractionOutcome> drafts = new ArrayList<>();
            for (ExtractedProject project : ProjectReader.readAll(name, document.text())) {
                if (document.warnings().isEmpty()) {
                    drafts.add(project);
                } else {
                    List<String> warnings = new ArrayList<>(document.warnings());
                    warnings.addAll(project.warnings());
                    drafts.add(withWarnings(project, warnings));
                }
            }
            return drafts;
        } catch (IOException | SecurityException e) {
            return List.of(new ExtractionFailure(name, "The file could not be read: " + e.getMessage()));
        } catch (UnreadableDocumentException e) {
            return List.of(new ExtractionFailure(name, e.getMessage()));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return List.of(new ExtractionFailure(name, "The document could not be read (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static ExtractedDocument failed(String name, String message) {
        return new ExtractedDocument("", new ExtractionFailure(name, message));
    }

    /**
     * Extracts text that is already plain (pasted into the import page, or a {@code text/plain} request).
     *
     * @param source a label for the text, shown as {@code source}
     * @param text   the text; spans in the result are offsets in it
     */
    public ExtractedProject extractText(String source, String text) {
        return ProjectReader.read(source, text);
    }

    private static ExtractedProject withWarnings(ExtractedProject p, List<String> warnings) {
        return new ExtractedProject(p.source(), p.language(), p.title(), p.referenceNumber(), p.period(), p.partners(),
                p.budget(), p.funding(), p.targetGroups(), p.goals(), p.expectedResults(), p.activities(), p.events(),
                p.media(), p.contacts(), p.website(), p.summary(), p.fields(), List.copyOf(warnings), p.localCode());
    }
}
