package eu.leadercoop.importer.review;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectMerge;
import eu.leadercoop.registry.model.Funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a reviewed form into what the registry takes: a {@link ProjectDraft} for a new project (the same input as
 * a project entered by hand) or a {@link ProjectMerge} for one already recorded. Rows left out are dropped, and
 * the registry's problems, named by its list positions, are named back by the form's rows
 * ({@link Converted#toForm}).
 */
final class DraftConversion {

    /**
     * The registry input, per list which form row each entry came from, and what the form itself gets wrong
     * (an activity of a partner left out).
     */
    record Converted<T>(T input, Map<String, List<Integer>> rows, List<FieldProblem> problems) {

        private static final Pattern INDEXED = Pattern.compile("^(partners|activities|events|media|contacts|expected_results|goals)\\[(\\d+)]");
        private static final Map<String, String> FORM_LISTS = Map.of("expected_results", "results");

        /** A registry problem with its field named as the form names it ({@code activities[5].text}). */
        FieldProblem toForm(FieldProblem p) {
            Matcher m = INDEXED.matcher(p.field());
            if (!m.find()) {
                return p;
            }
            List<Integer> sectionRows = rows.getOrDefault(m.group(1), List.of());
            int index = Integer.parseInt(m.group(2));
            String list = FORM_LISTS.getOrDefault(m.group(1), m.group(1));
            String row = index < sectionRows.size() ? String.valueOf(sectionRows.get(index)) : m.group(2);
            return new FieldProblem(list + "[" + row + "]" + p.field().substring(m.end()), p.code(), p.arguments(), p.message());
        }
    }

    /** The organisation each partner row stands for, once chosen or created. */
    record Organisation(long id, String name) {
    }

    private final ReviewForm f;
    private final String sourceName;
    private final Map<Integer, Organisation> organisations;
    private final Map<String, List<Integer>> rows = new HashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    DraftConversion(ReviewForm form, String sourceName, Map<Integer, Organisation> organisations) {
        this.f = form;
        this.sourceName = sourceName;
        this.organisations = organisations;
    }

    Converted<ProjectDraft> toNewProject() {
        budgetNeedsItsPartner();
        List<ProjectDraft.Partner> partners = new ArrayList<>();
        List<Integer> partnerRows = rows("partners");
        for (int i = 0; i < f.getPartners().size(); i++) {
            ReviewForm.PartnerRow row = f.getPartners().get(i);
            Organisation o = organisations.get(i);
            if (row.isInclude() && o != null) {
                partners.add(new ProjectDraft.Partner(o.id(), null, row.getRole(), row.getJoined(), null,
                        row.getAsWritten(), isPublisher(i) ? budget() : null));
                partnerRows.add(i);
            }
        }
        ProjectDraft draft = new ProjectDraft(f.getLanguage(), titles(), f.getReferenceNumber(), blankToNull(f.getLocalCode()),
                new ProjectDraft.DateText(f.getPeriodStart(), f.getPeriodEnd(), f.getPeriodAsWritten()), f.getSummary(),
                targetGroups(), f.getWebsite(), funding(), partnersTotal(), partners, goals(), results(),
                activities(Map.of()), events(Map.of()), media(), contacts(), sources(), f.getPublicationState());
        return new Converted<>(draft, rows, problems);
    }

    Converted<ProjectMerge> toMerge(MergePlan plan) {
        budgetNeedsItsPartner();
        List<ProjectDraft.Partner> added = new ArrayList<>();
        List<ProjectMerge.PartnerChange> changes = new ArrayList<>();
        List<Integer> partnerRows = rows("partners");
        for (int i = 0; i < f.getPartners().size(); i++) {
            ReviewForm.PartnerRow row = f.getPartners().get(i);
            Organisation o = organisations.get(i);
            if (!row.isInclude() || o == null) {
                continue;
            }
            if (!plan.inRecord("partners", i)) {
                added.add(new ProjectDraft.Partner(o.id(), null, row.getRole(), row.getJoined(), null, row.getAsWritten(),
                        isPublisher(i) ? budget() : null));
                partnerRows.add(i);
                continue;
            }
            String role = plan.takesText(f, MergePlan.partnerKey(i, "role")) ? row.getRole() : null;
            String joined = plan.takesText(f, MergePlan.partnerKey(i, "joined")) ? row.getJoined() : null;
            ProjectDraft.Budget budget = isPublisher(i) && plan.takesText(f, "budget") ? budget() : null;
            if (role != null || joined != null || budget != null) {
                changes.add(new ProjectMerge.PartnerChange(o.id(), null, role, joined, null, budget));
            }
        }
        Map<Integer, Long> recorded = new HashMap<>();
        for (int i = 0; i < f.getActivities().size(); i++) {
            final int row = i;
            plan.recordActivity(i).ifPresent(id -> recorded.put(row, id));
        }
        ProjectMerge.CoreValues take = new ProjectMerge.CoreValues(
                plan.takesText(f, "title") ? titles() : null,
                plan.takesText(f, "reference_number") ? f.getReferenceNumber() : null,
                plan.takesText(f, "period") ? new ProjectDraft.DateText(f.getPeriodStart(), f.getPeriodEnd(), f.getPeriodAsWritten()) : null,
                plan.takesText(f, "summary") ? f.getSummary() : null,
                plan.takesText(f, "website") ? f.getWebsite() : null,
                plan.takesText(f, "funding") ? funding() : null,
                plan.takesText(f, "partners_total") ? partnersTotal() : null);
        List<String> groups = targetGroups().stream()
                .filter(g -> plan.record().targetGroups().stream().noneMatch(r -> Texts.same(r, g))).toList();
        ProjectMerge merge = new ProjectMerge(plan.record().version(), take, added, changes, groups, goals(), results(),
                activities(recorded), events(recorded), media(), contacts(), sources());
        return new Converted<>(merge, rows, problems);
    }

    // --- parts ----------------------------------------------------------------------------------

    private Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        if (!Texts.blank(f.getTitle())) {
            titles.put(Texts.blank(f.getLanguage()) ? "und" : f.getLanguage(), f.getTitle());
        }
        return titles;
    }

    private List<String> targetGroups() {
        List<String> groups = new ArrayList<>();
        if (f.getTargetGroups() != null) {
            for (String line : f.getTargetGroups().split("\\R")) {
                if (!line.isBlank()) {
                    groups.add(line.strip());
                }
            }
        }
        return groups;
    }

    private Funding funding() {
        Funding funding = new Funding(f.getFundingProgramme(), f.getFundingPriority(), f.getFundingObjective(), f.getFundingMeasure());
        return funding.isEmpty() ? null : funding;
    }

    private ProjectDraft.Amount partnersTotal() {
        return f.getPartnersTotal() == null ? null : new ProjectDraft.Amount(f.getPartnersTotal(), f.getPartnersTotalCurrency());
    }

    private ProjectDraft.Budget budget() {
        boolean any = f.getCost() != null || f.getGrant() != null || f.getOwnContribution() != null;
        return any ? new ProjectDraft.Budget(f.getCost(), f.getGrant(), f.getOwnContribution(), f.getCurrency()) : null;
    }

    private List<String> goals() {
        List<String> goals = new ArrayList<>();
        List<Integer> goalRows = rows("goals");
        for (int i = 0; i < f.getGoals().size(); i++) {
            ReviewForm.TextRow row = f.getGoals().get(i);
            if (row.isInclude() && !Texts.blank(row.getText())) {
                goals.add(row.getText());
                goalRows.add(i);
            }
        }
        return goals;
    }

    private List<ProjectDraft.Result> results() {
        List<ProjectDraft.Result> results = new ArrayList<>();
        List<Integer> resultRows = rows("expected_results");
        for (int i = 0; i < f.getResults().size(); i++) {
            ReviewForm.ResultRow row = f.getResults().get(i);
            if (row.isInclude() && !Texts.blank(row.getText())) {
                results.add(new ProjectDraft.Result(row.getText(), row.getTarget(), row.getUnit(),
                        row.isApproximate() ? Boolean.TRUE : null, null));
                resultRows.add(i);
            }
        }
        return results;
    }

    /** Activities kept, keyed {@code a} and their row, so that events can name the one they deliver. */
    private List<ProjectDraft.ActivityDraft> activities(Map<Integer, Long> recorded) {
        List<ProjectDraft.ActivityDraft> activities = new ArrayList<>();
        List<Integer> activityRows = rows("activities");
        for (int i = 0; i < f.getActivities().size(); i++) {
            ReviewForm.ActivityRow row = f.getActivities().get(i);
            if (!row.isInclude() || Texts.blank(row.getText())) {
                continue;
            }
            if (!Texts.blank(row.getPartner()) && partnerName(row.getPartner()) == null) {
                problems.add(FieldProblem.of("activities[" + i + "].partner", "partner_left_out",
                        "is a partner left out of the project"));
            }
            List<ProjectDraft.CommitmentDraft> commitments = new ArrayList<>();
            if (row.getMinCount() != null) {
                commitments.add(new ProjectDraft.CommitmentDraft(row.getMinCount(), row.getEventTypes(),
                        row.isDistinctRegions(), row.isPhysicalOnly(), blankToNull(row.getDeadline()),
                        row.getCommitmentAsWritten()));
            }
            for (CommitmentRow more : row.getMoreCommitments()) {
                if (more.getMinCount() != null) {
                    commitments.add(new ProjectDraft.CommitmentDraft(more.getMinCount(), more.getEventTypes(),
                            more.isDistinctRegions(), more.isPhysicalOnly(), blankToNull(more.getDeadline()),
                            more.getAsWritten()));
                }
            }
            activities.add(new ProjectDraft.ActivityDraft(activityKey(i), row.getLabel(), partnerName(row.getPartner()),
                    row.getText(), commitments));
            activityRows.add(i);
        }
        return activities;
    }

    private List<ProjectDraft.EventDraft> events(Map<Integer, Long> recorded) {
        List<ProjectDraft.EventDraft> events = new ArrayList<>();
        List<Integer> eventRows = rows("events");
        for (int i = 0; i < f.getEvents().size(); i++) {
            ReviewForm.EventRow row = f.getEvents().get(i);
            if (!row.isInclude() || Texts.blank(row.getTitle())) {
                continue;
            }
            Optional<Integer> activity = MergePlan.rowIndex(row.getActivity(), f.getActivities().size());
            String key = null;
            List<String> organisers = List.of();
            if (activity.isPresent()) {
                ReviewForm.ActivityRow a = f.getActivities().get(activity.get());
                key = a.isInclude() ? activityKey(activity.get())
                        : recorded.containsKey(activity.get()) ? "#" + recorded.get(activity.get()) : null;
                String owner = partnerName(a.getPartner());
                organisers = owner == null ? List.of() : List.of(owner);
            }
            events.add(new ProjectDraft.EventDraft(
                    new ProjectDraft.DateText(row.getStart(), row.getEnd(), row.getAsWritten()), row.getTitle(), row.getType(),
                    null, row.getCountry(), null, null, null, organisers, key));
            eventRows.add(i);
        }
        return events;
    }

    private List<ProjectDraft.Media> media() {
        List<ProjectDraft.Media> media = new ArrayList<>();
        List<Integer> mediaRows = rows("media");
        for (int i = 0; i < f.getMedia().size(); i++) {
            ReviewForm.MediaRow row = f.getMedia().get(i);
            if (row.isInclude() && !(Texts.blank(row.getTitle()) && Texts.blank(row.getUrl()))) {
                String title = Texts.blank(row.getTitle()) ? row.getUrl() : row.getTitle();
                media.add(new ProjectDraft.Media(row.getDate(), row.getAsWritten(), title, null, row.getUrl(), publisherName()));
                mediaRows.add(i);
            }
        }
        return media;
    }

    private List<ProjectDraft.ContactDraft> contacts() {
        List<ProjectDraft.ContactDraft> contacts = new ArrayList<>();
        List<Integer> contactRows = rows("contacts");
        for (int i = 0; i < f.getContacts().size(); i++) {
            ReviewForm.ContactRow row = f.getContacts().get(i);
            if (row.isInclude() && !(Texts.blank(row.getName()) && Texts.blank(row.getEmail()) && Texts.blank(row.getPhone()))) {
                contacts.add(new ProjectDraft.ContactDraft(row.getName(), row.getEmail(), row.getPhone(), publisherName()));
                contactRows.add(i);
            }
        }
        return contacts;
    }

    /** The text itself, recorded as the publishing partner's page with its own period as written. */
    private List<ProjectDraft.SourceDraft> sources() {
        return List.of(new ProjectDraft.SourceDraft(publisherName(), sourceName,
                Texts.blank(f.getLanguage()) ? null : f.getLanguage(), f.getPeriodAsWritten(), null));
    }

    /** A partner's cost, grant and own contribution are that partner's: they are not dropped for want of one. */
    private void budgetNeedsItsPartner() {
        if (budget() != null && publisherName() == null) {
            problems.add(FieldProblem.of("publisher", "required",
                    "choose the partner whose cost, grant or own contribution the text states, or clear the figures"));
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static String blankToNull(String s) {
        return Texts.blank(s) ? null : s.strip();
    }

    private static String activityKey(int row) {
        return "a" + row;
    }

    private boolean isPublisher(int row) {
        return String.valueOf(row).equals(f.getPublisher());
    }

    private String publisherName() {
        return partnerName(f.getPublisher());
    }

    /** The organisation of partner row {@code row}, by its canonical name; null for none. */
    private String partnerName(String row) {
        return MergePlan.rowIndex(row, f.getPartners().size())
                .map(organisations::get).map(Organisation::name).orElse(null);
    }

    private List<Integer> rows(String section) {
        return rows.computeIfAbsent(section, s -> new ArrayList<>());
    }
}
