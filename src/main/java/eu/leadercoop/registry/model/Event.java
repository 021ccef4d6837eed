package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateRange;
import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened or will happen in a project: a study trip, seminar, meeting, conference...
 * Dated with a partial date range ({@code kevad 2025}, {@code 23.-24.08 2024}), optionally delivering
 * one of the project's activities.
 */
@Entity
@Audited
@Table(name = "project_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "date_start", length = 40)
    private PartialDate dateStart;

    @Column(name = "date_end", length = 40)
    private PartialDate dateEnd;

    @Column(name = "date_as_written", length = 200)
    private String dateAsWritten;

    @Column(length = 300)
    private String place;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    @Column(name = "region_code", length = 10)
    private String regionCode;

    private Integer participants;

    @Column(length = 5000)
    private String description;

    @ManyToMany
    @JoinTable(name = "event_organiser",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    private List<Organisation> organisers = new ArrayList<>();

    protected Event() {
    }

    Event(Project project, EventType type, String title, PartialDateRange date, String dateAsWritten) {
        this.project = project;
        this.type = Objects.requireNonNull(type, "type");
        this.title = title.strip();
        reschedule(date, dateAsWritten);
    }

    public void retitle(EventType type, String title) {
        this.type = Objects.requireNonNull(type, "type");
        this.title = title.strip();
    }

    /** The organising partners, replacing the ones recorded so far. */
    public void setOrganisers(List<Organisation> organisers) {
        this.organisers.clear();
        organisers.forEach(this::addOrganiser);
    }

    /** Replaces {@code duplicate} by {@code survivor} among the organisers (merging organisations). */
    public void replaceOrganiser(Organisation duplicate, Organisation survivor) {
        if (organisers.remove(duplicate)) {
            addOrganiser(survivor);
        }
    }

    public void reschedule(PartialDateRange date, String asWritten) {
        this.dateStart = date == null ? null : date.start();
        this.dateEnd = date == null ? null : date.end();
        this.dateAsWritten = asWritten;
    }

    public void locate(String place, String country, String regionCode) {
        this.place = place;
        this.country = country;
        this.regionCode = regionCode;
    }

    public void setParticipants(Integer participants) {
        if (participants != null && participants < 0) {
            throw new IllegalArgumentException("participants cannot be negative");
        }
        this.participants = participants;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void deliver(Activity activity) {
        if (activity != null && activity.getProject() != project) {
            throw new IllegalArgumentException("activity of another project");
        }
        this.activity = activity;
    }

    public void addOrganiser(Organisation organisation) {
        if (!organisers.contains(organisation)) {
            organisers.add(organisation);
        }
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Activity getActivity() {
        return activity;
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    /** Null when the event is not dated yet. */
    public PartialDateRange getDate() {
        return dateStart == null ? null : new PartialDateRange(dateStart, dateEnd == null ? dateStart : dateEnd);
    }

    public String getDateAsWritten() {
        return dateAsWritten;
    }

    public String getPlace() {
        return place;
    }

    public String getCountry() {
        return country;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getDescription() {
        return description;
    }

    public List<Organisation> getOrganisers() {
        return List.copyOf(organisers);
    }
}
