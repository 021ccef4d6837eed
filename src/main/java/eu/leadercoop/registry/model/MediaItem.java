package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
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

/** Media coverage (meediakajastus, relacje w mediach): a dated article, post or broadcast. */
@Entity
@Audited
@Table(name = "media_item")
public class MediaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** The partner whose page or channel published it, when known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Column(name = "published_on", length = 40)
    private PartialDate date;

    @Column(name = "date_as_written", length = 200)
    private String dateAsWritten;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 300)
    private String outlet;

    @Column(length = 1000)
    private String url;

    protected MediaItem() {
    }

    MediaItem(Project project, PartialDate date, String dateAsWritten, String title) {
        this.project = project;
        this.date = date;
        this.dateAsWritten = dateAsWritten;
        this.title = title.strip();
    }

    public void update(PartialDate date, String dateAsWritten, String title) {
        this.date = date;
        this.dateAsWritten = dateAsWritten;
        this.title = title.strip();
    }

    public void publishedBy(Partnership partnership, String outlet, String url) {
        this.partnership = partnership;
        this.outlet = outlet;
        this.url = url;
    }

    public Long getId() {
        return id;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public PartialDate getDate() {
        return date;
    }

    public String getDateAsWritten() {
        return dateAsWritten;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getUrl() {
        return url;
    }
}
