package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectDraft.ActivityDraft;
import eu.leadercoop.registry.ProjectDraft.CommitmentDraft;
import eu.leadercoop.registry.ProjectDraft.EventDraft;
import eu.leadercoop.registry.ProjectDraft.Partner;
import eu.leadercoop.registry.model.Activity;
import eu.leadercoop.registry.model.BudgetLine;
import eu.leadercoop.registry.model.Commitment;
import eu.leadercoop.registry.model.Contact;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.ExpectedResult;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Goal;
import eu.leadercoop.registry.model.Indicator;
import eu.leadercoop.registry.model.MediaItem;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.PartnerRole;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import eu.leadercoop.registry.model.Source;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link ProjectDraft} into a {@link Project} with all its parts, or fails with every problem
 * found. Nothing is persisted here: the caller saves the result, so a refused draft leaves no trace.
 */
@Component
public class ProjectAssembler {

    private final OrganisationResolver organisations;

    ProjectAssembler(OrganisationResolver organisations) {
        this.organisations = organisations;
    }

    public Project assemble(ProjectDraft draft) {
        DraftReader in = new DraftReader();
        String language = in.language("language", draft.language(), true);
        Project project = new Project(language == null ? "und" : language);
        readInto(in, draft, project);
        in.throwIfAny();
        return project;
    }

    /**
     * Fills an existing project, emptied of its parts, with a whole record (a replacement or a restored
     * version); the caller rolls the transaction back when this throws.
     */
    public void assembleInto(Project project, ProjectDraft draft) {
        DraftReader in = new DraftReader();
        String language = in.language("language", draft.language(), true);
        if (language != null) {
            project.setLanguage(language);
        }
        readInto(in, draft, project);
        in.throwIfAny();
    }

    private void readInto(DraftReader in, ProjectDraft draft, Project project) {
        readCore(in, draft, project);
        addParts(in, draft, project);
    }

    /**
     * Adds the partners, activities, events, media, contacts and sources of {@code parts} to {@code project},
     * new or already saved, checked field by field into {@code in}. Activities may name any partner the
     * project has once {@code parts}' partners are added; events refer to activities of {@code parts} by key,
     * and to activities the project already has by {@code #} and the activity's id (merges use this).
     */
    void addParts(DraftReader in, ProjectDraft parts, Project project) {
        Map<String, Activity> activitiesByKey = new HashMap<>();
        for (Activity recorded : project.getActivities()) {
            if (recorded.getId() != null) {
                activitiesByKey.put("#" + recorded.getId(), recorded);
            }
        }
        readPartners(in, parts, project);
        readActivities(in, parts, project, activitiesByKey);
        readEvents(in, parts, project, activitiesByKey);
        readMedia(in, parts, project);
        readContacts(in, parts, project);
        readSources(in, parts, project);
    }

    private void readCore(DraftReader in, ProjectDraft d, Project project) {
        readCore(in, new CoreDraft(d.language(), d.titles(), d.referenceNumber(), d.localCode(), d.period(), d.summary(),
                d.targetGroups(), d.website(), d.funding(), d.partnersTotal()), project);
        list(d.goals()).forEach(g -> readGoal(in, "goals", g, project, null));
        for (int i = 0; i < list(d.expectedResults()).size(); i++) {
            readResult(in, "expected_results[" + i + "]", d.expectedResults().get(i), project, null);
        }
        if (d.publicationState() == null) {
            return; // a new record stays a draft; a replaced one keeps its state
        }
        PublicationState state = in.code("publication_state", PublicationState.class, d.publicationState(), project.getPublicationState());
        if (state == PublicationState.DRAFT) {
            project.returnToDraft();
        } else if (state == PublicationState.PUBLISHED) {
            project.publish();
        } else if (state == PublicationState.UNPUBLISHED) {
            project.unpublish();
        }
    }

    /** The shared core's own fields (not its lists): titles, numbers, period, summary, funding, total. */
    void readCore(DraftReader in, CoreDraft d, Project project) {
        Map<String, String> titles = d.titles() == null ? Map.of() : d.titles();
        Map<String, String> read = CoreParts.titles(in, "titles", titles);
        if (titles.isEmpty()) {
            in.reject("titles", "required", "a project needs a title");
        }
        if (!read.isEmpty()) {
            project.setTitles(read);
        }
        project.describe(
                in.text("reference_number", d.referenceNumber(), 60, false),
                in.text("local_code", d.localCode(), 60, false),
                in.text("summary", d.summary(), 20000, false),
                in.link("website", d.website(), 500));
        DraftReader.Span period = in.span("period", d.period());
        project.setPeriod(period.start(), period.end(),
                d.period() == null ? null : in.text("period.as_written", d.period().asWritten(), 200, false));
        project.setTargetGroups(list(d.targetGroups()).stream()
                .map(g -> in.text("target_groups", g, 2000, false)).filter(Objects::nonNull).toList());
        project.setFunding(d.funding() == null ? null : CoreParts.funding(in, "funding", d.funding()));
        project.setPartnersTotal(d.partnersTotal() == null ? null : CoreParts.money(in, "partners_total", d.partnersTotal()));
    }

    /** Adds a goal, or rewrites {@code existing}. */
    void readGoal(DraftReader in, String f, String text, Project project, Goal existing) {
        String goal = in.text(f, text, 5000, true);
        if (goal == null) {
            return;
        }
        if (existing == null) {
            project.addGoal(goal);
        } else {
            existing.setText(goal);
        }
    }

    /** Adds an expected result, or rewrites {@code existing}. */
    void readResult(DraftReader in, String f, ProjectDraft.Result r, Project project, ExpectedResult existing) {
        String text = in.text(f + ".text", r.text(), 5000, true);
        BigDecimal target = in.amount(f + ".target", r.target());
        BigDecimal achieved = in.amount(f + ".achieved", r.achieved());
        String unit = in.text(f + ".unit", r.unit(), 200, target != null);
        if (text == null) {
            return;
        }
        Indicator indicator = target == null && achieved == null ? null
                : new Indicator(target, unit, Boolean.TRUE.equals(r.approximate()), achieved);
        if (existing == null) {
            project.addExpectedResult(text, indicator);
        } else {
            existing.update(text, indicator);
        }
    }

    private void readPartners(DraftReader in, ProjectDraft d, Project project) {
        List<Partner> partners = list(d.partners());
        for (int i = 0; i < partners.size(); i++) {
            readPartner(in, "partners[" + i + "]", partners.get(i), project, null);
        }
    }

    /**
     * Adds a partner, or rewrites {@code existing}: role, membership, name as written, and the budget line
     * when one is stated (a partner's line is its own: leaving it out keeps it). The organisation cannot
     * change: remove the partner and add the other one.
     */
    void readPartner(DraftReader in, String f, Partner p, Project project, Partnership existing) {
        PartnerRole role = in.code(f + ".role", PartnerRole.class, p.role(), PartnerRole.PARTNER);
        Partnership partnership = existing;
        if (existing == null || p.organisationId() != null || p.organisation() != null) {
            Optional<Organisation> organisation = organisations.resolve(in, f + ".organisation", p.organisationId(), p.organisation());
            if (organisation.isEmpty()) {
                return;
            }
            if (existing != null && !existing.getOrganisation().equals(organisation.get())) {
                in.reject(f + ".organisation", "organisation_fixed",
                        "a partner's organisation cannot change; remove the partner and add the other organisation");
                return;
            }
            if (existing == null && project.partnershipOf(organisation.get()).isPresent()) {
                in.reject(f + ".organisation", "duplicate_partner", organisation.get().getName() + " is listed twice", organisation.get().getName());
                return;
            }
            if (existing == null) {
                partnership = project.addPartner(organisation.get(), role);
            }
        }
        partnership.setRole(role);
        partnership.setNameAsWritten(in.text(f + ".as_written", p.asWritten(), 500, false));
        PartialDate joined = in.date(f + ".joined", p.joined());
        PartialDate left = in.date(f + ".left", p.left());
        if (joined != null && left != null && left.latest().isBefore(joined.earliest())) {
            in.reject(f + ".left", "end_before_start", "is before the partner joined");
        } else {
            partnership.setMembership(joined, left);
        }
        if (p.budget() != null) {
            partnership.setBudget(budget(in, f + ".budget", p.budget()));
        } else if (existing == null) {
            partnership.setBudget(null);
        }
    }

    BudgetLine budget(DraftReader in, String f, ProjectDraft.Budget b) {
        BigDecimal cost = in.amount(f + ".cost", b.cost());
        BigDecimal grant = in.amount(f + ".grant", b.grant());
        BigDecimal own = in.amount(f + ".own_contribution", b.ownContribution());
        boolean anyAmount = cost != null || grant != null || own != null;
        Currency currency = in.currency(f + ".currency", b.currency(), anyAmount);
        return new BudgetLine(cost, grant, own, currency);
    }

    private void readActivities(DraftReader in, ProjectDraft d, Project project, Map<String, Activity> byKey) {
        List<ActivityDraft> activities = list(d.activities());
        for (int i = 0; i < activities.size(); i++) {
            ActivityDraft a = activities.get(i);
            String f = "activities[" + i + "]";
            Activity activity = readActivity(in, f, a, project, null);
            if (activity != null && a.key() != null && byKey.put(a.key(), activity) != null) {
                in.reject(f + ".key", "duplicate_key", "key '" + a.key() + "' is used twice", a.key());
            }
        }
    }

    /** Adds an activity with its commitments, or rewrites {@code existing} and states its commitments anew. */
    Activity readActivity(DraftReader in, String f, ActivityDraft a, Project project, Activity existing) {
        Partnership partner = a.partner() == null ? null : partner(in, f + ".partner", project, a.partner());
        String text = in.text(f + ".text", a.text(), 5000, true);
        if (text == null || (a.partner() != null && partner == null)) {
            return null;
        }
        String label = in.text(f + ".label", a.label(), 20, false);
        Activity activity = existing;
        if (existing == null) {
            activity = project.addActivity(partner, label, text);
        } else {
            existing.update(partner, label, text);
            existing.clearCommitments();
        }
        List<CommitmentDraft> commitments = list(a.commitments());
        for (int j = 0; j < commitments.size(); j++) {
            readCommitment(in, f + ".commitments[" + j + "]", activity, commitments.get(j));
        }
        return activity;
    }
    private void readCommitment(DraftReader in, String f, Activity activity, CommitmentDraft c) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String code : list(c.eventTypes())) {
            EventType type = in.code(f + ".event_types", EventType.class, code, null);
            if (type != null) {
                types.add(type);
            }
        }
        if (list(c.eventTypes()).isEmpty()) {
            in.reject(f + ".event_types", "required", "is required");
        }
        if (c.minCount() == null || c.minCount() < 1 || c.minCount() > 10_000) {
            in.reject(f + ".min_count", "invalid_count", "must be a whole number from 1 to 10000");
            return;
        }
        if (types.isEmpty()) {
            return;
        }
        Commitment commitment = activity.commit(c.minCount(), types)
                .inDistinctRegions(Boolean.TRUE.equals(c.distinctRegions()))
                .physicalOnly(Boolean.TRUE.equals(c.physicalOnly()))
                .by(in.date(f + ".deadline", c.deadline()));
        commitment.asWritten(in.text(f + ".as_written", c.asWritten(), 1000, false));
        rejectImpossible(in, f, activity.getProject(), commitment);
    }

    /**
     * Numbers no events could ever meet: a deadline before the project starts, or more events in different
     * regions than the project has regions. A region is a partner's action area (the tracking module's
     * rule), and online counts as one more place unless the commitment asks for physical events.
     */
    private static void rejectImpossible(DraftReader in, String f, Project project, Commitment c) {
        PartialDate start = project.getPeriodStart();
        if (c.getDeadline() != null && start != null && c.getDeadline().latest().isBefore(start.earliest())) {
            in.reject(f + ".deadline", "deadline_before_start", "is before the project starts (" + start.toEdtf() + ")",
                    c.getDeadline().toEdtf(), start.toEdtf());
        }
        int places = project.getPartnerships().size() + (c.isPhysicalOnly() ? 0 : 1);
        if (c.isDistinctRegions() && c.getMinCount() > places) {
            in.reject(f + ".min_count", "more_regions_than_places", "%d events in different regions cannot be held: the project has %d partners%s"
                    .formatted(c.getMinCount(), project.getPartnerships().size(), c.isPhysicalOnly() ? "" : " and online counts as one more place"),
                    c.getMinCount(), places);
        }
    }

    private void readEvents(DraftReader in, ProjectDraft d, Project project, Map<String, Activity> activities) {
        List<EventDraft> events = list(d.events());
        for (int i = 0; i < events.size(); i++) {
            readEvent(in, "events[" + i + "]", events.get(i), project, key -> Optional.ofNullable(activities.get(key)), null);
        }
    }

    /**
     * Adds an event, or rewrites {@code existing}. {@code activities} finds the activity the event's
     * {@code activity} field names (a key in a whole record, an id when one event is edited).
     */
    void readEvent(DraftReader in, String f, EventDraft e, Project project, Function<String, Optional<Activity>> activities,
            Event existing) {
        EventType type = in.code(f + ".type", EventType.class, e.type(), EventType.OTHER);
        String title = in.text(f + ".title", e.title(), 1000, true);
        DraftReader.Span date = in.span(f + ".date", e.date());
        String asWritten = e.date() == null ? null : in.text(f + ".date.as_written", e.date().asWritten(), 200, false);
        String country = in.country(f + ".country", e.country());
        String region = in.region(f + ".region", e.region());
        if (e.participants() != null && e.participants() < 0) {
            in.reject(f + ".participants", "negative", "cannot be negative");
        }
        Activity activity = null;
        if (e.activity() != null) {
            activity = activities.apply(e.activity()).orElse(null);
            if (activity == null) {
                in.reject(f + ".activity", "unknown_activity", "no activity has key '" + e.activity() + "'", e.activity());
            }
        }
        List<Organisation> organisers = list(e.organisers()).stream()
                .map(name -> organisations.resolve(in, f + ".organisers", null, name))
                .flatMap(Optional::stream).toList();
        if (title == null) {
            return;
        }
        Event event = existing;
        if (existing == null) {
            event = project.addEvent(type, title, date.toRange(), asWritten);
        } else {
            existing.retitle(type, title);
            existing.reschedule(date.toRange(), asWritten);
        }
        event.locate(in.text(f + ".place", e.place(), 300, false), country, region);
        event.setParticipants(e.participants() != null && e.participants() >= 0 ? e.participants() : null);
        event.setDescription(in.text(f + ".description", e.description(), 5000, false));
        event.deliver(activity);
        event.setOrganisers(organisers);
    }

    private void readMedia(DraftReader in, ProjectDraft d, Project project) {
        List<ProjectDraft.Media> media = list(d.media());
        for (int i = 0; i < media.size(); i++) {
            readMediaItem(in, "media[" + i + "]", media.get(i), project, null);
        }
    }

    /** Adds a media item, or rewrites {@code existing}. */
    void readMediaItem(DraftReader in, String f, ProjectDraft.Media m, Project project, MediaItem existing) {
        String title = in.text(f + ".title", m.title(), 1000, true);
        Partnership partner = m.partner() == null ? null : partner(in, f + ".partner", project, m.partner());
        PartialDate date = in.date(f + ".date", m.date());
        String asWritten = in.text(f + ".as_written", m.asWritten(), 200, false);
        if (title == null) {
            return;
        }
        MediaItem item = existing;
        if (existing == null) {
            item = project.addMediaItem(date, asWritten, title);
        } else {
            existing.update(date, asWritten, title);
        }
        item.publishedBy(partner, in.text(f + ".outlet", m.outlet(), 300, false), in.link(f + ".url", m.url(), 1000));
    }

    private void readContacts(DraftReader in, ProjectDraft d, Project project) {
        List<ProjectDraft.ContactDraft> contacts = list(d.contacts());
        for (int i = 0; i < contacts.size(); i++) {
            readContact(in, "contacts[" + i + "]", contacts.get(i), project, null);
        }
    }

    /** Adds a contact, or rewrites {@code existing}. */
    void readContact(DraftReader in, String f, ProjectDraft.ContactDraft c, Project project, Contact existing) {
        String name = in.text(f + ".name", c.name(), 200, false);
        String email = in.email(f + ".email", c.email());
        String phone = in.text(f + ".phone", c.phone(), 60, false);
        Partnership partner = c.partner() == null ? null : partner(in, f + ".partner", project, c.partner());
        if (name == null && email == null && phone == null) {
            in.reject(f, "empty_contact", "a contact needs a name, an e-mail or a phone");
        } else if (existing == null) {
            project.addContact(partner, name, email, phone);
        } else {
            existing.update(partner, name, email, phone);
        }
    }

    private void readSources(DraftReader in, ProjectDraft d, Project project) {
        List<ProjectDraft.SourceDraft> sources = list(d.sources());
        for (int i = 0; i < sources.size(); i++) {
            ProjectDraft.SourceDraft s = sources.get(i);
            String f = "sources[" + i + "]";
            Organisation publisher = s.publisher() == null ? null
                    : organisations.resolve(in, f + ".publisher", null, s.publisher()).orElse(null);
            Source source = project.addSource(publisher, in.text(f + ".reference", s.reference(), 1000, false),
                    in.language(f + ".language", s.language(), false));
            source.note(in.text(f + ".period_as_written", s.periodAsWritten(), 200, false),
                    in.text(f + ".remarks", s.remarks(), 2000, false));
        }
    }

    /** The project's partner that {@code name} names, by any of the organisation's known names. */
    private Partnership partner(DraftReader in, String field, Project project, String name) {
        Optional<Partnership> partner = project.getPartnerships().stream()
                .filter(p -> p.getOrganisation().isKnownAs(name)).findFirst();
        if (partner.isEmpty()) {
            in.reject(field, "not_a_partner", "'" + name + "' is not one of the project's partners", name);
        }
        return partner.orElse(null);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
