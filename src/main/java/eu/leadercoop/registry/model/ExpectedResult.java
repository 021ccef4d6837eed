package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** An expected result (oodatav tulemus, rezultat), optionally measured by an {@link Indicator}. */
@Entity
@Audited
@Table(name = "expected_result")
public class ExpectedResult {

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

    @Embedded
    private Indicator indicator;

    protected ExpectedResult() {
    }

    ExpectedResult(Project project, int position, String text, Indicator indicator) {
        this.project = project;
        this.position = position;
        this.text = text.strip();
        this.indicator = indicator;
    }

    public void update(String text, Indicator indicator) {
        this.text = text.strip();
        this.indicator = indicator;
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

    public Optional<Indicator> getIndicator() {
        return Optional.ofNullable(indicator).filter(i -> i.target() != null);
    }
}
