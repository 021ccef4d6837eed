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

/** One of a project's goals (eesmärgid, cele), in the order the source numbers them. */
@Entity
@Audited
@Table(name = "goal")
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 5000)
    private String text;

    protected Goal() {
    }

    Goal(Project project, int position, String text) {
        this.project = project;
        this.position = position;
        this.text = text.strip();
    }

    public void setText(String text) {
        this.text = text.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
