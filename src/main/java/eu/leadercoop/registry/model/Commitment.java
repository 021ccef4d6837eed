package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A countable promise inside an activity: at least {@code minCount} events of one of
 * {@code eventTypes}, optionally each in a different partner region, optionally physical only, by a
 * deadline (the activity's project end when none is given). "Vähemalt kolme koosoleku korraldamine
 * erinevates projekti piirkondades" is minCount 3, {MEETING}, distinct regions.
 */
@Entity
@Audited
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "min_count", nullable = false)
    private int minCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_event_type", joinColumns = @JoinColumn(name = "commitment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 30, nullable = false)
    private Set<EventType> eventTypes = EnumSet.noneOf(EventType.class);

    @Column(name = "distinct_regions", nullable = false)
    private boolean distinctRegions;

    @Column(name = "physical_only", nullable = false)
    private boolean physicalOnly;

    @Column(length = 40)
    private PartialDate deadline;

    /** The words of the source this commitment was read from. */
    @Column(name = "as_written", length = 1000)
    private String asWritten;

    protected Commitment() {
    }

    Commitment(Activity activity, int minCount, Set<EventType> eventTypes) {
        if (minCount < 1) {
            throw new IllegalArgumentException("a commitment needs at least one event, not " + minCount);
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new IllegalArgumentException("a commitment needs an event type");
        }
        this.activity = activity;
        this.minCount = minCount;
        this.eventTypes = EnumSet.copyOf(eventTypes);
    }

    public Commitment inDistinctRegions(boolean distinct) {
        this.distinctRegions = distinct;
        return this;
    }

    public Commitment physicalOnly(boolean physical) {
        this.physicalOnly = physical;
        return this;
    }

    public Commitment by(PartialDate deadline) {
        this.deadline = deadline;
        return this;
    }

    public Commitment asWritten(String words) {
        this.asWritten = words;
        return this;
    }

    /** Whether an event of {@code type} can count towards this commitment. */
    public boolean accepts(EventType type) {
        return accepts(eventTypes, physicalOnly, type);
    }

    /**
     * The same rule for a commitment known only by its values (read models, tracking): {@code type} counts
     * when it is, or belongs to the family of, one of {@code wanted}, and is physical if {@code physicalOnly}.
     */
    public static boolean accepts(Collection<EventType> wanted, boolean physicalOnly, EventType type) {
        return (!physicalOnly || type.isPhysical()) && wanted.stream().anyMatch(type::countsAs);
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public int getMinCount() {
        return minCount;
    }

    public Set<EventType> getEventTypes() {
        return Set.copyOf(eventTypes);
    }

    public boolean isDistinctRegions() {
        return distinctRegions;
    }

    public boolean isPhysicalOnly() {
        return physicalOnly;
    }

    public PartialDate getDeadline() {
        return deadline;
    }

    public String getAsWritten() {
        return asWritten;
    }
}
