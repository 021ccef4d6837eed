package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A text the record was built from: one partner's page about the project. Kept so that where two
 * partners' pages disagree (one says January 2024, the other February 2024) both statements stay
 * visible beside the value the record settled on.
 */
@Entity
@Audited
@Table(name = "project_source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    private Organisation publisher;

    /** A file name or URL. */
    @Column(length = 1000)
    private String reference;

    @Column(length = 8)
    private String language;

    @Column(name = "period_as_written", length = 200)
    private String periodAsWritten;

    @Column(length = 2000)
    private String remarks;

    protected Source() {
    }

    Source(Project project, Organisation publisher, String reference, String language) {
        this.project = project;
        this.publisher = publisher;
        this.reference = reference;
        this.language = language;
    }

    /** Credits the source to the organisation that a duplicate publisher is merged into. */
    public void transferPublisher(Organisation survivor) {
        this.publisher = survivor;
    }

    public void note(String periodAsWritten, String remarks) {
        this.periodAsWritten = periodAsWritten;
        this.remarks = remarks;
    }

    public Long getId() {
        return id;
    }

    public Organisation getPublisher() {
        return publisher;
    }

    public String getReference() {
        return reference;
    }

    public String getLanguage() {
        return language;
    }

    public String getPeriodAsWritten() {
        return periodAsWritten;
    }

    public String getRemarks() {
        return remarks;
    }
}
