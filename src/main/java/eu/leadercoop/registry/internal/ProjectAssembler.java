package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectDraft.ActivityDraft;
import eu.leadercoop.registry.ProjectDraft.CommitmentDraft;
import eu.leadercoop.registry.ProjectDraft.EventDraft;
import eu.leadercoop.registry.ProjectDraft.Partner;
import eu.leadercoop.registry.model.Activity;
import eu.leadercoop.registry.model.BudgetLine;
import eu.leadercoop.registry.model.Commitment;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.Funding;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        readCore(in, draft, project);
        Map<String, Activity> activitiesByKey = new HashMap<>();
        readPartners(in, draft, project);
        readActivities(in, draft, project, activitiesByKey);
        readEvents(in, draft, project, activitiesByKey);
        readMedia(in, draft, project);
        readContacts(in, draft, project);
        readSources(in, draft, project);
        in.throwIfAny();
        return project;
    }

    private void readCore(DraftReader in, ProjectDraft d, Project project) {
        Map<String, String> titles = d.titles() == null ? Map.of() : d.titles();
        titles.forEach((lang, title) -> {
            String code = in.language("titles." + lang, lang, true);
            String text = in.text("titles." + lang, title, 500, true);
            if (code != null && text != null) {
                project.setTitle(code, text);
            }
        });
        if (titles.isEmpty()) {
            in.reject("titles", "required", "a project needs a title");
        }
        project.describe(
                in.text("reference_number", d.referenceNumber(), 60, false),
                in.text("local_code", d.localCode(), 60, false),
                in.text("summary", d.summary(), 20000, false),
                in.text("website", d.website(), 500, false));
        DraftReader.Span period = in.span("period", d.period());
        project.setPeriod(period.start(), period.end(),
                d.period() == null ? null : in.text("period.as_written", d.period().asWritten(), 200, false));
        project.setTargetGroups(list(d.targetGroups()).stream()
                .map(g -> in.text("target_groups", g, 2000, false)).filter(Objects::nonNull).toList());
        if (d.funding() != null) {
            Funding f = d.funding();
            project.setFunding(new Funding(
                    in.text("funding.programme", f.programme(), 500, false),
                    in.text("funding.priority", f.priority(), 1000, false),
                    in.text("funding.objective", f.objective(), 1000, false),
                    in.text("funding.measure", f.measure(), 1000, false)));
        }
        if (d.partnersTotal() != null) {
            BigDecimal amount = in.amount("partners_total.amount", d.partnersTotal().amount());
            Currency currency = in.currency("partners_total.currency", d.partnersTotal().currency(), amount != null);
            if (amount != null && currency != null) {
                project.setPartnersTotal(new Money(amount, currency));
            }
        }
        list(d.goals()).forEach(g -> {
            String text = in.text("goals", g, 5000, true);
            if (text != null) {
                project.addGoal(text);
            }
        });
        for (int i = 0; i < list(d.expectedResults()).size(); i++) {
            ProjectDraft.Result r = d.expectedResults().get(i);
            String f = "expected_results[" + i + "]";
            String text = in.text(f + ".text", r.text(), 5000, true);
            BigDecimal target = in.amount(f + ".target", r.target());
            BigDecimal achieved = in.amount(f + ".achieved", r.achieved());
            String unit = in.text(f + ".unit", r.unit(), 200, target != null);
            if (text != null) {
                project.addExpectedResult(text, target == null && achieved == null ? null
                        : new Indicator(target, unit, Boolean.TRUE.equals(r.approximate()), achieved));
            }
        }
        PublicationState state = in.code("publication_state", PublicationState.class, d.publicationState(), PublicationState.DRAFT);
        if (state == PublicationState.PUBLISHED) {
            project.publish();
        } else if (state == PublicationState.UNPUBLISHED) {
            project.unpublish();
        }
    }

    private void readPartners(DraftReader in, ProjectDraft d, Project project) {
        List<Partner> partners = list(d.partners());
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            String f = "partners[" + i + "]";
            PartnerRole role = in.code(f + ".role", PartnerRole.class, p.role(), PartnerRole.PARTNER);
            Optional<Organisation> organisation = organisations.resolve(in, f + ".organisation", p.organisationId(), p.organisation());
            if (organisation.isEmpty()) {
                continue;
            }
            if (project.partnershipOf(organisation.get()).isPresent()) {
                in.reject(f + ".organisation", "duplicate_partner", organisation.get().getName() + " is listed twice", organisation.get().getName());
                continue;
            }
            Partnership partnership = project.addPartner(organisation.get(), role);
            partnership.setNameAsWritten(in.text(f + ".as_written", p.asWritten(), 500, false));
            DraftReader.Span membership = in.span(f, new ProjectDraft.DateText(p.joined(), p.left(), null));
            partnership.setMembership(membership.start(), membership.end());
            if (p.budget() != null) {
                partnership.setBudget(budget(in, f + ".budget", p.budget()));
            }
        }
    }

    private BudgetLine budget(DraftReader in, String f, ProjectDraft.Budget b) {
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
            Partnership partner = a.partner() == null ? null : partner(in, f + ".partner", project, a.partner());
            String text = in.text(f + ".text", a.text(), 5000, true);
            if (text == null || (a.partner() != null && partner == null)) {
                continue;
            }
            Activity activity = project.addActivity(partner, in.text(f + ".label", a.label(), 20, false), text);
            if (a.key() != null && byKey.put(a.key(), activity) != null) {
                in.reject(f + ".key", "duplicate_key", "key '" + a.key() + "' is used twice", a.key());
            }
            List<CommitmentDraft> commitments = list(a.commitments());
            for (int j = 0; j < commitments.size(); j++) {
                readCommitment(in, f + ".commitments[" + j + "]", activity, commitments.get(j));
            }
        }
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
            EventDraft e = events.get(i);
            String f = "events[" + i + "]";
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
                activity = activities.get(e.activity());
                if (activity == null) {
                    in.reject(f + ".activity", "unknown_activity", "no activity has key '" + e.activity() + "'", e.activity());
                }
            }
            List<Organisation> organisers = list(e.organisers()).stream()
                    .map(name -> organisations.resolve(in, f + ".organisers", null, name))
                    .flatMap(Optional::stream).toList();
            if (title == null) {
                continue;
            }
            Event event = project.addEvent(type, title, date.toRange(), asWritten);
            event.locate(in.text(f + ".place", e.place(), 300, false), country, region);
            event.setParticipants(e.participants() != null && e.participants() >= 0 ? e.participants() : null);
            event.setDescription(in.text(f + ".description", e.description(), 5000, false));
            event.deliver(activity);
            organisers.forEach(event::addOrganiser);
        }
    }

    private void readMedia(DraftReader in, ProjectDraft d, Project project) {
        List<ProjectDraft.Media> media = list(d.media());
        for (int i = 0; i < media.size(); i++) {
            ProjectDraft.Media m = media.get(i);
            String f = "media[" + i + "]";
            String title = in.text(f + ".title", m.title(), 1000, true);
            Partnership partner = m.partner() == null ? null : partner(in, f + ".partner", project, m.partner());
            if (title != null) {
                MediaItem item = project.addMediaItem(in.date(f + ".date", m.date()),
                        in.text(f + ".as_written", m.asWritten(), 200, false), title);
                item.publishedBy(partner, in.text(f + ".outlet", m.outlet(), 300, false), in.text(f + ".url", m.url(), 1000, false));
            }
        }
    }

    private void readContacts(DraftReader in, ProjectDraft d, Project project) {
        List<ProjectDraft.ContactDraft> contacts = list(d.contacts());
        for (int i = 0; i < contacts.size(); i++) {
            ProjectDraft.ContactDraft c = contacts.get(i);
            String f = "contacts[" + i + "]";
            String name = in.text(f + ".name", c.name(), 200, false);
            String email = in.email(f + ".email", c.email());
            String phone = in.text(f + ".phone", c.phone(), 60, false);
            Partnership partner = c.partner() == null ? null : partner(in, f + ".partner", project, c.partner());
            if (name == null && email == null && phone == null) {
                in.reject(f, "empty_contact", "a contact needs a name, an e-mail or a phone");
            } else {
                project.addContact(partner, name, email, phone);
            }
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
