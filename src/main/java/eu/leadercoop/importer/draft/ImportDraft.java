package eu.leadercoop.importer.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported document waiting for review: its name, its text, and the extraction as JSON (the contract of
 * DESIGN.md), so that the review page shows the draft beside the words it was read from. Kept after review with
 * the project it went into.
 */
@Entity
@Table(name = "import_draft")
public class ImportDraft {

    /** Longest text a draft keeps: far above any project page, well inside both databases' column limits. */
    public static final int MAX_TEXT_CHARS = 300_000;
    static final int MAX_JSON_CHARS = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_name", nullable = false, length = 500)
    private String sourceName;

    @Column(name = "source_text", nullable = false, length = MAX_JSON_CHARS)
    private String sourceText;

    @Column(name = "extracted_json", nullable = false, length = MAX_JSON_CHARS)
    private String extractedJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DraftStatus status = DraftStatus.PENDING;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected ImportDraft() {
    }

    ImportDraft(String sourceName, String sourceText, String extractedJson) {
        this.sourceName = Objects.requireNonNull(sourceName);
        this.sourceText = Objects.requireNonNull(sourceText);
        this.extractedJson = Objects.requireNonNull(extractedJson);
    }

    void saved(long projectId) {
        this.status = DraftStatus.SAVED;
        this.projectId = projectId;
        this.reviewedAt = Instant.now();
    }

    void discarded() {
        this.status = DraftStatus.DISCARDED;
        this.reviewedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getExtractedJson() {
        return extractedJson;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
