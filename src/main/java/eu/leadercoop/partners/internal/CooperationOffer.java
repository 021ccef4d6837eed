package eu.leadercoop.partners.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A cooperation offer as stored: lists of codes and themes are kept as one text each, separated by
 * {@value #SEPARATOR}, since they are read and written whole and never queried one by one in SQL.
 */
@Entity
@Table(name = "cooperation_offer")
public class CooperationOffer {

    static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 10000)
    private String description;

    @Column(length = 1000)
    private String themes;

    @Column(name = "wanted_countries", length = 300)
    private String wantedCountries;

    @Column(name = "wanted_kinds", length = 300)
    private String wantedKinds;

    @Column(name = "languages_spoken", length = 300)
    private String languagesSpoken;

    @Column(name = "period_start", length = 40)
    private String periodStart;

    @Column(name = "period_end", length = 40)
    private String periodEnd;

    @Column(name = "budget_min", precision = 14, scale = 2)
    private BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 14, scale = 2)
    private BigDecimal budgetMax;

    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;

    @Column(name = "reply_deadline", nullable = false)
    private LocalDate replyDeadline;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "contact_phone", length = 60)
    private String contactPhone;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "project_id")
    private Long projectId;

    protected CooperationOffer() {
    }

    public CooperationOffer(long organisationId, long createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** States every field the editor gives anew. */
    public void describe(String language, String title, String description, List<String> themes, List<String> wantedCountries,
            List<String> wantedKinds, List<String> languagesSpoken, String periodStart, String periodEnd, BigDecimal budgetMin,
            BigDecimal budgetMax, String budgetCurrency, LocalDate replyDeadline, String contactName, String contactEmail,
            String contactPhone) {
        this.language = language;
        this.title = title;
        this.description = description;
        this.themes = join(themes);
        this.wantedCountries = join(wantedCountries);
        this.wantedKinds = join(wantedKinds);
        this.languagesSpoken = join(languagesSpoken);
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.budgetMin = budgetMin;
        this.budgetMax = budgetMax;
        this.budgetCurrency = budgetCurrency;
        this.replyDeadline = replyDeadline;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    /** The offer has become this draft project: it is no longer open. */
    public void becameProject(long projectId) {
        this.projectId = projectId;
    }

    /** Open: its deadline has not passed and it has not yet become a project. */
    public boolean isOpen(LocalDate today) {
        return projectId == null && !today.isAfter(replyDeadline);
    }

    public void movedTo(long survivorId) {
        this.organisationId = survivorId;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getThemes() {
        return split(themes);
    }

    public List<String> getWantedCountries() {
        return split(wantedCountries);
    }

    public List<String> getWantedKinds() {
        return split(wantedKinds);
    }

    public List<String> getLanguagesSpoken() {
        return split(languagesSpoken);
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getBudgetMin() {
        return budgetMin;
    }

    public BigDecimal getBudgetMax() {
        return budgetMax;
    }

    public String getBudgetCurrency() {
        return budgetCurrency;
    }

    public LocalDate getReplyDeadline() {
        return replyDeadline;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getProjectId() {
        return projectId;
    }
}
