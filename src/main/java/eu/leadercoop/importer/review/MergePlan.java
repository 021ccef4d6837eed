package eu.leadercoop.importer.review;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.time.PartialDate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a reviewed draft compares with the project it is merged into: which rows the record already has, which
 * values the text adds where the record has none ({@link #fills()}), and where the two disagree
 * ({@link #conflicts()}, keyed as {@link ReviewForm#getTake()} is: {@code title}, {@code period},
 * {@code partner-4-joined}, {@code budget}...). Nothing is decided here: the form's choices decide.
 */
public final class MergePlan {

    /** The record says one thing, the text another. Values as written, for a person to compare. */
    public record Conflict(String key, String recordValue, String textValue) {

        /** What disagrees: {@code title}, {@code period}, ... or, for a partner, {@code role} or {@code joined}. */
        public String field() {
            return fieldOf(key);
        }

        /** The partner row the disagreement is about; -1 for the project itself. */
        public int partnerRow() {
            return partnerRowOf(key);
        }
    }

    /** The text states what the record does not: added without asking. */
    public record Fill(String key, String textValue) {

        public String field() {
            return fieldOf(key);
        }

        public int partnerRow() {
            return partnerRowOf(key);
        }
    }

    private static final String PLAIN_ROLE = "partner";

    private final ProjectDetails record;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final Set<String> inRecord = new HashSet<>();
    private final Map<Integer, Long> recordActivities = new HashMap<>();
    private final List<ProjectDetails.Partner> notInText = new ArrayList<>();

    private MergePlan(ProjectDetails record) {
        this.record = record;
    }

    public static MergePlan of(ReviewForm f, ProjectDetails record) {
        MergePlan plan = new MergePlan(record);
        plan.compareCore(f);
        plan.comparePartners(f);
        plan.compareLists(f);
        return plan;
    }

    public ProjectDetails record() {
        return record;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<Fill> fills() {
        return fills;
    }

    public Optional<Conflict> conflict(String key) {
        return conflicts.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public boolean fills(String key) {
        return fills.stream().anyMatch(x -> x.key().equals(key));
    }

    /** The record's partners the text does not name: they stay, as a merge removes nothing. */
    public List<ProjectDetails.Partner> partnersNotInText() {
        return notInText;
    }

    /** Whether the record already has the row {@code index} of the form's list {@code section} ({@code goals}...). */
    public boolean inRecord(String section, int index) {
        return inRecord.contains(section + "[" + index + "]");
    }

    /** The record's activity that the form's activity row {@code index} restates, if any. */
    public Optional<Long> recordActivity(int index) {
        return Optional.ofNullable(recordActivities.get(index));
    }

    /** Starts a merge form: rows the record has are left out and every disagreement keeps the record's value. */
    public void applyDefaults(ReviewForm f) {
        exclude(f.getGoals(), "goals", ReviewForm.TextRow::setInclude);
        exclude(f.getResults(), "results", ReviewForm.ResultRow::setInclude);
        exclude(f.getActivities(), "activities", ReviewForm.ActivityRow::setInclude);
        exclude(f.getEvents(), "events", ReviewForm.EventRow::setInclude);
        exclude(f.getMedia(), "media", ReviewForm.MediaRow::setInclude);
        exclude(f.getContacts(), "contacts", ReviewForm.ContactRow::setInclude);
        for (Conflict c : conflicts) {
            f.getTake().put(c.key(), ReviewForm.TAKE_RECORD);
        }
        f.setVersion(record.version());
    }

    private <T> void exclude(List<T> rows, String section, java.util.function.BiConsumer<T, Boolean> include) {
        for (int i = 0; i < rows.size(); i++) {
            if (inRecord(section, i)) {
                include.accept(rows.get(i), false);
            }
        }
    }

    /** True when the form takes the text's value for {@code key}: a fill, or a conflict decided for the text. */
    boolean takesText(ReviewForm f, String key) {
        return fills(key) || (conflict(key).isPresent() && ReviewForm.TAKE_TEXT.equals(f.getTake().get(key)));
    }

    // --- comparing ------------------------------------------------------------------------------

    private void compareCore(ReviewForm f) {
        String recordTitle = f.getLanguage() == null ? null : record.titles().get(f.getLanguage());
        compare("title", recordTitle, f.getTitle(), Texts.same(recordTitle, f.getTitle()));
        compare("reference_number", record.referenceNumber(), f.getReferenceNumber(),
                Texts.normal(record.referenceNumber()).equals(Texts.normal(f.getReferenceNumber())));
        comparePeriod(f);
        compare("summary", record.summary(), f.getSummary(), Texts.same(record.summary(), f.getSummary()));
        compare("website", record.website(), f.getWebsite(), Texts.normal(record.website()).equals(Texts.normal(f.getWebsite())));
        String textFunding = funding(f.getFundingProgramme(), f.getFundingPriority(), f.getFundingObjective(), f.getFundingMeasure());
        Funding rf = record.funding();
        String recordFunding = rf == null ? "" : funding(rf.programme(), rf.priority(), rf.objective(), rf.measure());
        compare("funding", recordFunding, textFunding, Texts.normal(recordFunding).equals(Texts.normal(textFunding)));
        String textTotal = money(f.getPartnersTotal(), f.getPartnersTotalCurrency());
        String recordTotal = record.budget() == null || record.budget().partnersTotal() == null ? null
                : money(record.budget().partnersTotal().amount(), record.budget().partnersTotal().currency().getCurrencyCode());
        compare("partners_total", recordTotal, textTotal, Objects.equals(recordTotal, textTotal));
    }

    private void comparePeriod(ReviewForm f) {
        if (Texts.blank(f.getPeriodStart()) && Texts.blank(f.getPeriodEnd())) {
            return;
        }
        ProjectDetails.Period p = record.period();
        String recordStart = p == null ? null : edtf(p.start());
        String recordEnd = p == null ? null : edtf(p.end());
        String textEnd = Texts.blank(f.getPeriodEnd()) ? f.getPeriodStart() : f.getPeriodEnd();
        boolean same = Objects.equals(recordStart, blankToNull(f.getPeriodStart())) && Objects.equals(recordEnd, blankToNull(textEnd));
        String recordShown = p == null ? null : shown(p.asWritten(), recordStart, recordEnd);
        compare("period", recordStart == null && recordEnd == null ? null : recordShown,
                shown(f.getPeriodAsWritten(), f.getPeriodStart(), f.getPeriodEnd()), same);
    }

    private void compare(String key, String recordValue, String textValue, boolean same) {
        if (Texts.blank(textValue) || same) {
            return;
        }
        if (Texts.blank(recordValue)) {
            fills.add(new Fill(key, textValue));
        } else {
            conflicts.add(new Conflict(key, recordValue, textValue));
        }
    }

    private void comparePartners(ReviewForm f) {
        for (int i = 0; i < f.getPartners().size(); i++) {
            ReviewForm.PartnerRow row = f.getPartners().get(i);
            Optional<ProjectDetails.Partner> recorded = recordPartner(row);
            if (recorded.isEmpty()) {
                continue;
            }
            inRecord.add("partners[" + i + "]");
            ProjectDetails.Partner p = recorded.get();
            if (!Texts.blank(row.getRole()) && !PLAIN_ROLE.equals(row.getRole()) && !row.getRole().equals(p.role())) {
                conflicts.add(new Conflict(partnerKey(i, "role"), p.role(), row.getRole()));
            }
            String joined = edtf(p.joined());
            compare(partnerKey(i, "joined"), joined, row.getJoined(), Objects.equals(joined, blankToNull(row.getJoined())));
        }
        Set<Long> named = new HashSet<>();
        f.getPartners().forEach(row -> organisationId(row.getOrganisation()).ifPresent(named::add));
        record.partners().stream().filter(p -> !named.contains(p.organisationId())).forEach(notInText::add);
        comparePublisherBudget(f);
    }

    private void comparePublisherBudget(ReviewForm f) {
        if (f.getCost() == null && f.getGrant() == null && f.getOwnContribution() == null) {
            return;
        }
        Optional<ProjectDetails.Partner> publisher = publisherRow(f).flatMap(this::recordPartner);
        if (publisher.isEmpty()) {
            return;
        }
        Optional<ProjectDetails.Line> line = record.budget() == null ? Optional.empty() : record.budget().lines().stream()
                .filter(l -> l.organisationId() == publisher.get().organisationId()).findFirst();
        String text = budget(f.getCost(), f.getGrant(), f.getOwnContribution(), f.getCurrency());
        if (line.isEmpty()) {
            fills.add(new Fill("budget", text));
            return;
        }
        ProjectDetails.Line l = line.get();
        BigDecimal recordedOwn = l.ownContributionDerived() ? null : l.ownContribution();
        boolean same = Texts.sameAmount(l.cost(), f.getCost()) && Texts.sameAmount(l.grant(), f.getGrant())
                && (f.getOwnContribution() == null || Texts.sameAmount(recordedOwn, f.getOwnContribution()));
        if (!same) {
            conflicts.add(new Conflict("budget", budget(l.cost(), l.grant(), recordedOwn, l.currency()), text));
        }
    }

    private void compareLists(ReviewForm f) {
        for (int i = 0; i < f.getGoals().size(); i++) {
            String text = f.getGoals().get(i).getText();
            if (record.goals().stream().anyMatch(g -> Texts.same(g, text))) {
                inRecord.add("goals[" + i + "]");
            }
        }
        for (int i = 0; i < f.getResults().size(); i++) {
            String text = f.getResults().get(i).getText();
            if (record.expectedResults().stream().anyMatch(r -> Texts.same(r.text(), text))) {
                inRecord.add("results[" + i + "]");
            }
        }
        for (int i = 0; i < f.getActivities().size(); i++) {
            ReviewForm.ActivityRow row = f.getActivities().get(i);
            Long owner = row.getPartner().isEmpty() ? null : partnerOrganisation(f, row.getPartner()).orElse(-1L);
            for (ProjectDetails.Activity a : record.activities()) {
                if (Objects.equals(owner, a.organisationId()) && Texts.same(a.text(), row.getText())) {
                    inRecord.add("activities[" + i + "]");
                    recordActivities.put(i, a.id());
                    break;
                }
            }
        }
        for (int i = 0; i < f.getEvents().size(); i++) {
            ReviewForm.EventRow row = f.getEvents().get(i);
            boolean known = record.events().stream().anyMatch(e -> Objects.equals(edtf(e.start()), row.getStart())
                    && (Texts.same(e.title(), row.getTitle()) || Objects.equals(e.type(), row.getType())));
            if (known) {
                inRecord.add("events[" + i + "]");
            }
        }
        for (int i = 0; i < f.getMedia().size(); i++) {
            ReviewForm.MediaRow row = f.getMedia().get(i);
            if (record.media().stream().anyMatch(m -> Objects.equals(edtf(m.date()), row.getDate()) && Texts.same(m.title(), row.getTitle()))) {
                inRecord.add("media[" + i + "]");
            }
        }
        for (int i = 0; i < f.getContacts().size(); i++) {
            ReviewForm.ContactRow row = f.getContacts().get(i);
            boolean known = record.contacts().stream().anyMatch(c ->
                    (!Texts.blank(row.getEmail()) && row.getEmail().equalsIgnoreCase(Objects.toString(c.email(), "")))
                            || (!Texts.blank(row.getName()) && Texts.normal(row.getName()).equals(Texts.normal(c.name()))));
            if (known) {
                inRecord.add("contacts[" + i + "]");
            }
        }
    }

    /** The key of a partner row's field: {@code partner-4-joined} (no brackets: it is a key of the form's map). */
    static String partnerKey(int row, String field) {
        return "partner-" + row + "-" + field;
    }

    private static String fieldOf(String key) {
        return key.startsWith("partner-") ? key.substring(key.lastIndexOf('-') + 1) : key;
    }

    private static int partnerRowOf(String key) {
        return key.startsWith("partner-") ? Integer.parseInt(key.split("-")[1]) : -1;
    }

    // --- reading the form -----------------------------------------------------------------------

    private Optional<ProjectDetails.Partner> recordPartner(ReviewForm.PartnerRow row) {
        Optional<Long> id = organisationId(row.getOrganisation());
        return id.flatMap(org -> record.partners().stream().filter(p -> p.organisationId() == org).findFirst());
    }

    private Optional<ReviewForm.PartnerRow> publisherRow(ReviewForm f) {
        return rowIndex(f.getPublisher(), f.getPartners().size()).map(i -> f.getPartners().get(i));
    }

    private static Optional<Long> partnerOrganisation(ReviewForm f, String partnerRow) {
        return rowIndex(partnerRow, f.getPartners().size()).flatMap(i -> organisationId(f.getPartners().get(i).getOrganisation()));
    }

    static Optional<Long> organisationId(String choice) {
        try {
            return choice == null || choice.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(choice.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> rowIndex(String value, int size) {
        try {
            int i = value == null || value.isBlank() ? -1 : Integer.parseInt(value.strip());
            return i >= 0 && i < size ? Optional.of(i) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String edtf(PartialDate d) {
        return d == null ? null : d.toEdtf();
    }

    private static String blankToNull(String s) {
        return Texts.blank(s) ? null : s.strip();
    }

    private static String shown(String asWritten, String start, String end) {
        if (!Texts.blank(asWritten)) {
            return asWritten;
        }
        return Texts.blank(end) || Objects.equals(start, end) ? start : start + "/" + end;
    }

    private static String funding(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> !Texts.blank(p)).toList());
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString() + (currency == null ? "" : " " + currency);
    }

    private static String budget(BigDecimal cost, BigDecimal grant, BigDecimal own, String currency) {
        List<String> parts = new ArrayList<>();
        if (cost != null) {
            parts.add(cost.stripTrailingZeros().toPlainString());
        }
        if (grant != null) {
            parts.add(grant.stripTrailingZeros().toPlainString());
        }
        if (own != null) {
            parts.add(own.stripTrailingZeros().toPlainString());
        }
        return String.join(" / ", parts) + (currency == null ? "" : " " + currency);
    }
}
