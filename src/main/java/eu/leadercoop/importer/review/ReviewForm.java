package eu.leadercoop.importer.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import page's form: the draft record as a person reviews and corrects it, bound from and to the page.
 *
 * <p>{@code target} is {@value #NEW_PROJECT} to save a new project or a project's id to merge into it
 * ({@code version}: the project's version when the page was shown). {@code publisher} is the index of the partner
 * row that published the text: its budget line, media and contacts are that partner's, and the source is recorded
 * as its page. Rows of every list can be left out ({@code include}). {@code take} holds, for a merge, the value
 * picked where the text and the record disagree: field key to {@value #TAKE_RECORD} or {@value #TAKE_TEXT}.
 */
public class ReviewForm {

    public static final String NEW_PROJECT = "new";
    public static final String TAKE_RECORD = "record";
    public static final String TAKE_TEXT = "text";
    /** The organisation choice that creates a new organisation. */
    public static final String NEW_ORGANISATION = "new";

    private String target = NEW_PROJECT;
    private Long version;
    private String language;
    private String title;
    private String referenceNumber;
    private String localCode;
    private String periodStart;
    private String periodEnd;
    private String periodAsWritten;
    private String summary;
    private String website;
    private String targetGroups;
    private String fundingProgramme;
    private String fundingMeasure;
    private String fundingPriority;
    private String fundingObjective;
    private BigDecimal partnersTotal;
    private String partnersTotalCurrency;
    private BigDecimal cost;
    private BigDecimal grant;
    private BigDecimal ownContribution;
    private String currency;
    private String publisher = "";
    private String publicationState = "published";
    private List<PartnerRow> partners = new ArrayList<>();
    private List<TextRow> goals = new ArrayList<>();
    private List<ResultRow> results = new ArrayList<>();
    private List<ActivityRow> activities = new ArrayList<>();
    private List<EventRow> events = new ArrayList<>();
    private List<MediaRow> media = new ArrayList<>();
    private List<ContactRow> contacts = new ArrayList<>();
    private Map<String, String> take = new LinkedHashMap<>();

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public String getLocalCode() {
        return localCode;
    }

    public void setLocalCode(String localCode) {
        this.localCode = localCode;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getPeriodAsWritten() {
        return periodAsWritten;
    }

    public void setPeriodAsWritten(String periodAsWritten) {
        this.periodAsWritten = periodAsWritten;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getFundingProgramme() {
        return fundingProgramme;
    }

    public void setFundingProgramme(String fundingProgramme) {
        this.fundingProgramme = fundingProgramme;
    }

    public String getFundingMeasure() {
        return fundingMeasure;
    }

    public void setFundingMeasure(String fundingMeasure) {
        this.fundingMeasure = fundingMeasure;
    }

    public String getFundingPriority() {
        return fundingPriority;
    }

    public void setFundingPriority(String fundingPriority) {
        this.fundingPriority = fundingPriority;
    }

    public String getFundingObjective() {
        return fundingObjective;
    }

    public void setFundingObjective(String fundingObjective) {
        this.fundingObjective = fundingObjective;
    }

    public BigDecimal getPartnersTotal() {
        return partnersTotal;
    }

    public void setPartnersTotal(BigDecimal partnersTotal) {
        this.partnersTotal = partnersTotal;
    }

    public String getPartnersTotalCurrency() {
        return partnersTotalCurrency;
    }

    public void setPartnersTotalCurrency(String partnersTotalCurrency) {
        this.partnersTotalCurrency = partnersTotalCurrency;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public BigDecimal getGrant() {
        return grant;
    }

    public void setGrant(BigDecimal grant) {
        this.grant = grant;
    }

    public BigDecimal getOwnContribution() {
        return ownContribution;
    }

    public void setOwnContribution(BigDecimal ownContribution) {
        this.ownContribution = ownContribution;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getPublicationState() {
        return publicationState;
    }

    public void setPublicationState(String publicationState) {
        this.publicationState = publicationState;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public List<TextRow> getGoals() {
        return goals;
    }

    public void setGoals(List<TextRow> goals) {
        this.goals = goals;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public void setResults(List<ResultRow> results) {
        this.results = results;
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public void setActivities(List<ActivityRow> activities) {
        this.activities = activities;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public void setEvents(List<EventRow> events) {
        this.events = events;
    }

    public List<MediaRow> getMedia() {
        return media;
    }

    public void setMedia(List<MediaRow> media) {
        this.media = media;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactRow> contacts) {
        this.contacts = contacts;
    }

    public Map<String, String> getTake() {
        return take;
    }

    public void setTake(Map<String, String> take) {
        this.take = take;
    }

    /** A partner: the name as read, the organisation it is ({@code new}, an id, or blank while undecided), what a new one would be. */
    public static class PartnerRow {

        private boolean include = true;
        private String name;
        private String asWritten;
        private String role = "partner";
        private String organisation = "";
        private String kind = "lag";
        private String legalForm = "";
        private String country;
        private String joined;

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAsWritten() {
            return asWritten;
        }

        public void setAsWritten(String asWritten) {
            this.asWritten = asWritten;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getLegalForm() {
            return legalForm;
        }

        public void setLegalForm(String legalForm) {
            this.legalForm = legalForm;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getJoined() {
            return joined;
        }

        public void setJoined(String joined) {
            this.joined = joined;
        }
    }

    /** A goal: its text, and whether to keep it. */
    public static class TextRow {

        private boolean include = true;
        private String text;

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** An expected result with its target figure. */
    public static class ResultRow {

        private boolean include = true;
        private String text;
        private BigDecimal target;
        private String unit;
        private boolean approximate;

        public boolean isApproximate() {
            return approximate;
        }

        public void setApproximate(boolean approximate) {
            this.approximate = approximate;
        }

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /**
     * An activity: joint ({@code partner} blank) or a partner row's index; the commitment when {@code minCount} is set,
     * by {@code deadline} (EDTF) when the text gives one, and any further commitments it makes.
     */
    public static class ActivityRow {

        private boolean include = true;
        private String label;
        private String partner = "";
        private String text;
        private Integer minCount;
        private List<String> eventTypes = new ArrayList<>();
        private boolean distinctRegions = false;
        private boolean physicalOnly = false;
        private String commitmentAsWritten;
        private String deadline;
        private List<CommitmentRow> moreCommitments = new ArrayList<>();

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getMinCount() {
            return minCount;
        }

        public void setMinCount(Integer minCount) {
            this.minCount = minCount;
        }

        public List<String> getEventTypes() {
            return eventTypes;
        }

        public void setEventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes;
        }

        public boolean isDistinctRegions() {
            return distinctRegions;
        }

        public void setDistinctRegions(boolean distinctRegions) {
            this.distinctRegions = distinctRegions;
        }

        public boolean isPhysicalOnly() {
            return physicalOnly;
        }

        public void setPhysicalOnly(boolean physicalOnly) {
            this.physicalOnly = physicalOnly;
        }

        public String getCommitmentAsWritten() {
            return commitmentAsWritten;
        }

        public void setCommitmentAsWritten(String commitmentAsWritten) {
            this.commitmentAsWritten = commitmentAsWritten;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        public List<CommitmentRow> getMoreCommitments() {
            return moreCommitments;
        }

        public void setMoreCommitments(List<CommitmentRow> moreCommitments) {
            this.moreCommitments = moreCommitments;
        }
    }

    /** An event; {@code activity} is the index of the activity row it delivers, blank for none. */
    public static class EventRow {

        private boolean include = true;
        private String start;
        private String end;
        private String asWritten;
        private String title;
        private String type = "other";
        private String country;
        private String activity = "";

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getAsWritten() {
            return asWritten;
        }

        public void setAsWritten(String asWritten) {
            this.asWritten = asWritten;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getActivity() {
            return activity;
        }

        public void setActivity(String activity) {
            this.activity = activity;
        }
    }

    /** A media item; it is the publishing partner's. */
    public static class MediaRow {

        private boolean include = true;
        private String date;
        private String asWritten;
        private String title;
        private String url;

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getAsWritten() {
            return asWritten;
        }

        public void setAsWritten(String asWritten) {
            this.asWritten = asWritten;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** A contact; the publishing partner's. */
    public static class ContactRow {

        private boolean include = true;
        private String name;
        private String email;
        private String phone;

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
