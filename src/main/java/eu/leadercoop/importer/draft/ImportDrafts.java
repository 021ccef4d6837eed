package eu.leadercoop.importer.draft;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractedDocument;
import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractionFailure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Drafts waiting for review: every imported document (an upload, pasted text, a file of the {@code import}
 * command) is extracted and kept with its text until a person saves or discards it. A document that gives no
 * draft (empty, binary, too large, a PDF without text) is not kept; the caller gets the reason.
 */
@Service
@Transactional(readOnly = true)
public class ImportDrafts {

    /** A draft kept, or the reason a document gave none. */
    public sealed interface Added permits Kept, Refused {
        String sourceName();
    }

    public record Kept(String sourceName, Draft draft) implements Added {
    }

    public record Refused(String sourceName, String reason) implements Added {
    }

    private final ImportDraftRepository drafts;
    private final DocumentImporter importer = new DocumentImporter();
    // the records carry their JSON names; a mapper of our own keeps storage independent of web settings
    private final JsonMapper json = JsonMapper.builder().build();

    ImportDrafts(ImportDraftRepository drafts) {
        this.drafts = drafts;
    }

    /** Extracts an uploaded file and keeps the draft. */
    @Transactional
    public Added add(String name, byte[] bytes) {
        return keep(importer.extractDocument(name, bytes));
    }

    /**
     * Extracts a document and keeps the draft only when {@code wanted} accepts what was read (a fetched web page
     * must describe a project); otherwise nothing is saved and the answer is {@link Refused} with {@code unwanted}.
     */
    @Transactional
    public Added add(String name, byte[] bytes, Predicate<ExtractedProject> wanted, String unwanted) {
        ExtractedDocument document = importer.extractDocument(name, bytes);
        if (document.outcome() instanceof ExtractedProject project && !wanted.test(project)) {
            return new Refused(name, unwanted);
        }
        return keep(document);
    }

    /** Extracts a file from disk and keeps the draft. */
    @Transactional
    public Added add(Path file) {
        return keep(importer.extractDocument(file));
    }

    /** Extracts pasted text and keeps the draft. */
    @Transactional
    public Added addText(String name, String text) {
        if (text == null || text.isBlank()) {
            return new Refused(name, "The text is empty.");
        }
        String plain = text.replace("\r\n", "\n").replace('\r', '\n');
        return keep(new ExtractedDocument(plain, importer.extractText(name, plain)));
    }

    /** Drafts waiting for review, newest first. */
    public List<Draft> pending() {
        return drafts.findByStatusOrderByCreatedAtDescIdDesc(DraftStatus.PENDING).stream().map(this::view).toList();
    }

    public Optional<Draft> find(long id) {
        return drafts.findById(id).map(this::view);
    }

    /** Records that the draft went into project {@code projectId}. */
    @Transactional
    public void markSaved(long id, long projectId) {
        drafts.findById(id).ifPresent(d -> d.saved(projectId));
    }

    /** Sets a pending draft aside; false when there is no pending draft with this id. */
    @Transactional
    public boolean discard(long id) {
        Optional<ImportDraft> draft = drafts.findById(id).filter(d -> d.getStatus() == DraftStatus.PENDING);
        draft.ifPresent(ImportDraft::discarded);
        return draft.isPresent();
    }

    private Added keep(ExtractedDocument document) {
        if (document.outcome() instanceof ExtractionFailure failure) {
            return new Refused(failure.source(), failure.error());
        }
        ExtractedProject project = (ExtractedProject) document.outcome();
        String name = limit(project.source(), 500);
        if (document.text().length() > ImportDraft.MAX_TEXT_CHARS) {
            return new Refused(name, String.format(Locale.ROOT,
                    "The text is %,d characters long; one project page may have at most %,d.",
                    document.text().length(), ImportDraft.MAX_TEXT_CHARS));
        }
        String extracted = json.writeValueAsString(project);
        if (extracted.length() > ImportDraft.MAX_JSON_CHARS) {
            return new Refused(name, "The document holds more than one project page can; split it into pages.");
        }
        // PostgreSQL keeps no NUL characters in text; a space keeps every span in place
        ImportDraft saved = drafts.saveAndFlush(new ImportDraft(name, document.text().replace('\0', ' '), extracted));
        return new Kept(name, view(saved));
    }

    private Draft view(ImportDraft d) {
        return new Draft(d.getId(), d.getSourceName(), d.getSourceText(),
                json.readValue(d.getExtractedJson(), ExtractedProject.class), d.getStatus(), d.getProjectId(),
                d.getCreatedAt());
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
