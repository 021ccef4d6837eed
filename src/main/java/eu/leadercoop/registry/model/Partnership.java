package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
import jakarta.persistence.Embedded;
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
import java.util.Objects;

/**
 * An organisation's part in a project: its role, when it joined or left (a partner can join
 * mid-project), the name it appeared under, and its own budget line.
 */
@Entity
@Audited
@Table(name = "partnership")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerRole role;

    @Column(nullable = false)
    private int position;

    @Column(name = "joined_on", length = 40)
    private PartialDate joinedOn;

    @Column(name = "left_on", length = 40)
    private PartialDate leftOn;

    /** The partner's name exactly as the source wrote it, role in brackets included. */
    @Column(name = "name_as_written", length = 500)
    private String nameAsWritten;

    @Embedded
    private BudgetLine budget;

    protected Partnership() {
    }

    Partnership(Project project, Organisation organisation, PartnerRole role, int position) {
        this.project = project;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.role = Objects.requireNonNull(role, "role");
        this.position = position;
    }

    public void setMembership(PartialDate joinedOn, PartialDate leftOn) {
        if (joinedOn != null && leftOn != null && leftOn.latest().isBefore(joinedOn.earliest())) {
            throw new IllegalArgumentException("a partner cannot leave before it joined");
        }
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
    }

    /** Hands this partnership to the organisation that a duplicate is merged into. */
    public void transferTo(Organisation survivor) {
        this.organisation = Objects.requireNonNull(survivor, "organisation");
    }

    public void setNameAsWritten(String nameAsWritten) {
        this.nameAsWritten = nameAsWritten;
    }

    public void setRole(PartnerRole role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    public void setBudget(BudgetLine budget) {
        this.budget = budget == null || budget.isEmpty() ? null : budget;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerRole getRole() {
        return role;
    }

    public int getPosition() {
        return position;
    }

    public PartialDate getJoinedOn() {
        return joinedOn;
    }

    public PartialDate getLeftOn() {
        return leftOn;
    }

    public String getNameAsWritten() {
        return nameAsWritten;
    }

    /** Never null: an empty line when the source states no figures for this partner. */
    public BudgetLine getBudget() {
        return budget != null ? budget : new BudgetLine(null, null, null, null);
    }
}
