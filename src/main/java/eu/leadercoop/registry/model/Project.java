package eu.leadercoop.registry.model;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateRange;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cooperation project: the one shared record that all its partners' pages describe. The aggregate
 * root of partnerships, goals, expected results, activities, events, media items, contacts and sources.
 */
@Entity
@Audited
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** ISO 639-1 language the record's texts are written in. */
    @Column(nullable = false, length = 8)
    private String language;

    @ElementCollection
    @CollectionTable(name = "project_title", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "title", length = 500, nullable = false)
    private Map<String, String> titles = new LinkedHashMap<>();

    @Column(name = "reference_number", length = 60)
    private String referenceNumber;

    /** A partner's own numbering of the project, e.g. {@code 2021/1}. */
    @Column(name = "local_code", length = 60)
    private String localCode;

    @Column(name = "period_start", length = 40)
    private PartialDate periodStart;

    @Column(name = "period_end", length = 40)
    private PartialDate periodEnd;

    @Column(name = "period_as_written", length = 200)
    private String periodAsWritten;

    @Column(length = 20000)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 2000, nullable = false)
    private List<String> targetGroups = new ArrayList<>();

    @Column(length = 500)
    private String website;

    @Embedded
    private Funding funding;

    /** All partners' budget together (koostööprojekti partnerite eelarve kokku, budżet projektu). */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "partners_total_amount", precision = 15, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "partners_total_currency", length = 3))
    private Money partnersTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_state", nullable = false, length = 20)
    private PublicationState publicationState = PublicationState.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Partnership> partnerships = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ExpectedResult> expectedResults = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Activity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Event> events = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MediaItem> mediaItems = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Source> sources = new ArrayList<>();

    /**
     * Machine translations of the texts ({@link TranslatableText}): made in the background by a
     * translation service when a site has one, so they are neither part of the record's history nor
     * of its version (an editor's save never conflicts with a translation arriving).
     */
    @ElementCollection
    @CollectionTable(name = "project_machine_translation", joinColumns = @JoinColumn(name = "project_id"))
    @NotAudited
    @OptimisticLock(excluded = true)
    private List<MachineTranslation> machineTranslations = new ArrayList<>();

    protected Project() {
    }

    public Project(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    // --- the shared core -------------------------------------------------------------------------

    public void setLanguage(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Replaces every title by these, one per language. */
    public void setTitles(Map<String, String> byLanguage) {
        titles.clear();
        byLanguage.forEach(this::setTitle);
    }

    public void setTitle(String lang, String title) {
        titles.put(lang, title.strip());
    }

    public void describe(String referenceNumber, String localCode, String summary, String website) {
        this.referenceNumber = referenceNumber;
        this.localCode = localCode;
        this.summary = summary;
        this.website = website;
    }

    public void setPeriod(PartialDate start, PartialDate end, String asWritten) {
        if (start != null && end != null) {
            new PartialDateRange(start, end); // rejects an end before the start
        }
        this.periodStart = start;
        this.periodEnd = end;
        this.periodAsWritten = asWritten;
    }

    public void setTargetGroups(List<String> groups) {
        targetGroups.clear();
        targetGroups.addAll(groups);
    }

    public void setFunding(Funding funding) {
        this.funding = funding == null || funding.isEmpty() ? null : funding;
    }

    public void setPartnersTotal(Money total) {
        this.partnersTotal = total;
    }

    public void publish() {
        this.publicationState = PublicationState.PUBLISHED;
    }

    public void returnToDraft() {
        this.publicationState = PublicationState.DRAFT;
    }

    public void unpublish() {
        this.publicationState = PublicationState.UNPUBLISHED;
    }

    public void touch() {
        this.updatedAt = Instant.now();
    }

    // --- parts -----------------------------------------------------------------------------------

    public Partnership addPartner(Organisation organisation, PartnerRole role) {
        if (partnershipOf(organisation).isPresent()) {
            throw new IllegalArgumentException(organisation.getName() + " is already a partner");
        }
        Partnership partnership = new Partnership(this, organisation, role, nextPosition(partnerships, Partnership::getPosition));
        partnerships.add(partnership);
        return partnership;
    }

    public Goal addGoal(String text) {
        Goal goal = new Goal(this, nextPosition(goals, Goal::getPosition), text);
        goals.add(goal);
        return goal;
    }

    public ExpectedResult addExpectedResult(String text, Indicator indicator) {
        ExpectedResult result = new ExpectedResult(this, nextPosition(expectedResults, ExpectedResult::getPosition), text, indicator);
        expectedResults.add(result);
        return result;
    }

    /** Adds a joint activity when {@code partnership} is null, else one partner's additional activity. */
    public Activity addActivity(Partnership partnership, String label, String text) {
        if (partnership != null && partnership.getProject() != this) {
            throw new IllegalArgumentException("partner of another project");
        }
        Activity activity = new Activity(this, partnership, nextPosition(activities, Activity::getPosition), label, text);
        activities.add(activity);
        return activity;
    }

    public Event addEvent(EventType type, String title, PartialDateRange date, String dateAsWritten) {
        Event event = new Event(this, type, title, date, dateAsWritten);
        events.add(event);
        return event;
    }

    public MediaItem addMediaItem(PartialDate date, String dateAsWritten, String title) {
        MediaItem item = new MediaItem(this, date, dateAsWritten, title);
        mediaItems.add(item);
        return item;
    }

    public Contact addContact(Partnership partnership, String name, String email, String phone) {
        Contact contact = new Contact(this, partnership, nextPosition(contacts, Contact::getPosition), name, email, phone);
        contacts.add(contact);
        return contact;
    }

    public Source addSource(Organisation publisher, String reference, String language) {
        Source source = new Source(this, publisher, reference, language);
        sources.add(source);
        return source;
    }

    /** After the last one, also when items in between were removed. */
    private static <T> int nextPosition(List<T> items, java.util.function.ToIntFunction<T> position) {
        return items.stream().mapToInt(position).max().orElse(-1) + 1;
    }

    public void removeGoal(Goal goal) {
        goals.remove(goal);
    }

    public void removeExpectedResult(ExpectedResult result) {
        expectedResults.remove(result);
    }

    /** Removes an activity; events that delivered it stay, delivering none. */
    public void removeActivity(Activity activity) {
        events.stream().filter(e -> activity.equals(e.getActivity())).forEach(e -> e.deliver(null));
        activities.remove(activity);
    }

    public void removeEvent(Event event) {
        events.remove(event);
    }

    public void removeMediaItem(MediaItem item) {
        mediaItems.remove(item);
    }

    public void removeContact(Contact contact) {
        contacts.remove(contact);
    }

    /**
     * Takes a partner out of the project with its own activities and contacts; its media items stay,
     * credited to nobody.
     */
    public void removePartner(Partnership partnership) {
        activitiesOf(partnership).forEach(this::removeActivity);
        contacts.removeIf(c -> partnership.equals(c.getPartnership()));
        mediaItems.stream().filter(m -> partnership.equals(m.getPartnership()))
                .forEach(m -> m.publishedBy(null, m.getOutlet(), m.getUrl()));
        partnerships.remove(partnership);
    }

    /**
     * Empties the record's parts in an order the database accepts (what refers to a partner before the
     * partners), for a whole-record replacement; {@code flush} writes each step.
     */
    public void clearParts(Runnable flush) {
        events.clear();
        mediaItems.clear();
        contacts.clear();
        sources.clear();
        flush.run();
        activities.clear();
        goals.clear();
        expectedResults.clear();
        flush.run();
        partnerships.clear();
        flush.run();
    }

    // --- reading ---------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLanguage() {
        return language;
    }

    public Map<String, String> getTitles() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    }

    /** The title in {@code lang}, else in the project's own language, else any. */
    public String title(String lang) {
        String title = titles.get(lang);
        if (title == null) {
            title = titles.get(language);
        }
        return title != null ? title : titles.values().stream().findFirst().orElse("");
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getLocalCode() {
        return localCode;
    }

    public PartialDate getPeriodStart() {
        return periodStart;
    }

    public PartialDate getPeriodEnd() {
        return periodEnd;
    }

    public String getPeriodAsWritten() {
        return periodAsWritten;
    }

    public ProjectStatus status(LocalDate today) {
        return ProjectStatus.of(periodStart, periodEnd, today);
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getTargetGroups() {
        return List.copyOf(targetGroups);
    }

    public String getWebsite() {
        return website;
    }

    public Optional<Funding> getFunding() {
        return Optional.ofNullable(funding);
    }

    public Optional<Money> getPartnersTotal() {
        return Optional.ofNullable(partnersTotal);
    }

    /**
     * The project's budget as a single figure: all partners' budget where stated, else the sum of the
     * partners' stated costs when they share one currency.
     */
    public Optional<Money> totalBudget() {
        if (partnersTotal != null) {
            return Optional.of(partnersTotal);
        }
        List<Money> costs = partnerships.stream().map(p -> p.getBudget().costMoney()).flatMap(Optional::stream).toList();
        if (costs.isEmpty() || costs.stream().map(Money::currency).distinct().count() > 1) {
            return Optional.empty();
        }
        return costs.stream().reduce(Money::plus);
    }

    public PublicationState getPublicationState() {
        return publicationState;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Partners in page order: leading roles first, then as listed. */
    public List<Partnership> getPartnerships() {
        return partnerships.stream()
                .sorted(Comparator.comparing((Partnership p) -> p.getRole().ordinal()).thenComparing(Partnership::getPosition))
                .toList();
    }

    public Optional<Partnership> partnershipOf(Organisation organisation) {
        return partnerships.stream().filter(p -> p.getOrganisation().equals(organisation)).findFirst();
    }

    public Optional<Partnership> leadPartnership() {
        return getPartnerships().stream().filter(p -> p.getRole().leads()).findFirst();
    }

    public List<Goal> getGoals() {
        return List.copyOf(goals);
    }

    public List<ExpectedResult> getExpectedResults() {
        return List.copyOf(expectedResults);
    }

    public List<Activity> getActivities() {
        return List.copyOf(activities);
    }

    public List<Activity> jointActivities() {
        return activities.stream().filter(a -> a.getScope() == ActivityScope.JOINT).toList();
    }

    public List<Activity> activitiesOf(Partnership partnership) {
        return activities.stream().filter(a -> partnership.equals(a.getPartnership())).toList();
    }

    /** Events in time order; events of equal date keep the order they were recorded in. */
    public List<Event> getEvents() {
        return events.stream().sorted(Comparator.comparing(Event::getDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<MediaItem> getMediaItems() {
        return mediaItems.stream().sorted(Comparator.comparing(MediaItem::getDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<Source> getSources() {
        return List.copyOf(sources);
    }

    // --- machine translations --------------------------------------------------------------------

    /**
     * The texts a machine may translate, as written now: the title in the project's own language, the
     * summary, each goal and each expected result, leaving out blank ones.
     */
    public List<TranslatableText> translatableTexts() {
        List<TranslatableText> texts = new ArrayList<>();
        String ownTitle = titles.get(language);
        if (ownTitle != null && !ownTitle.isBlank()) {
            texts.add(new TranslatableText(TranslatableText.Part.TITLE, 0, language, ownTitle));
        }
        if (summary != null && !summary.isBlank()) {
            texts.add(new TranslatableText(TranslatableText.Part.SUMMARY, 0, language, summary));
        }
        List<Goal> goalList = getGoals();
        for (int i = 0; i < goalList.size(); i++) {
            texts.add(new TranslatableText(TranslatableText.Part.GOAL, i, language, goalList.get(i).getText()));
        }
        List<ExpectedResult> resultList = getExpectedResults();
        for (int i = 0; i < resultList.size(); i++) {
            texts.add(new TranslatableText(TranslatableText.Part.RESULT, i, language, resultList.get(i).getText()));
        }
        return texts;
    }

    /** Every stored machine translation, current or made from an earlier wording. */
    public List<MachineTranslation> getMachineTranslations() {
        return List.copyOf(machineTranslations);
    }

    /** The machine translations made from the texts as they are written now. */
    public List<MachineTranslation> currentMachineTranslations() {
        if (machineTranslations.isEmpty()) {
            return List.of();
        }
        List<TranslatableText> texts = translatableTexts();
        return machineTranslations.stream().filter(t -> texts.stream().anyMatch(t::translates)).toList();
    }

    /**
     * Keeps these translations, each in place of an earlier one of the same text and language, and
     * drops those whose text is gone or no longer reads as it did.
     */
    public void keepMachineTranslations(Collection<MachineTranslation> translations) {
        List<TranslatableText> texts = translatableTexts();
        machineTranslations.removeIf(old -> translations.stream().anyMatch(old::sameSlotAndLanguage)
                || texts.stream().noneMatch(old::translates));
        translations.stream().filter(t -> texts.stream().anyMatch(t::translates)).forEach(machineTranslations::add);
    }
}
