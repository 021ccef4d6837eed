package eu.leadercoop.registry.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Something the project promises to do: a joint activity (ühistegevus) of all partners, or one
 * partner's additional activity (lisategevus). May carry commitments that events must fulfil.
 */
@Entity
@Audited
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** Null for a joint activity. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Column(nullable = false)
    private int position;

    /** The source's numbering, {@code 1}, {@code 1.3}: sub-activities keep their parent's prefix. */
    @Column(length = 20)
    private String label;

    @Column(nullable = false, length = 5000)
    private String text;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Commitment> commitments = new ArrayList<>();

    protected Activity() {
    }

    Activity(Project project, Partnership partnership, int position, String label, String text) {
        this.project = project;
        this.partnership = partnership;
        this.position = position;
        this.label = label;
        this.text = text.strip();
    }

    public Commitment commit(int minCount, Set<EventType> eventTypes) {
        Commitment commitment = new Commitment(this, minCount, eventTypes);
        commitments.add(commitment);
        return commitment;
    }

    /** Rewrites the activity; a null {@code partnership} makes it a joint activity. */
    public void update(Partnership partnership, String label, String text) {
        if (partnership != null && partnership.getProject() != project) {
            throw new IllegalArgumentException("partner of another project");
        }
        this.partnership = partnership;
        this.label = label;
        this.text = text.strip();
    }

    /** Drops every commitment, for an edit that states the activity's commitments anew. */
    public void clearCommitments() {
        commitments.clear();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public ActivityScope getScope() {
        return partnership == null ? ActivityScope.JOINT : ActivityScope.PARTNER;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    /** Nesting depth from the label: {@code 1} is 0, {@code 1.3} is 1. */
    public int depth() {
        return label == null ? 0 : (int) label.chars().filter(c -> c == '.').count();
    }

    public String getText() {
        return text;
    }

    public List<Commitment> getCommitments() {
        return List.copyOf(commitments);
    }
}
