package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.time.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a record as read back into a draft that states it again: for restoring an earlier version
 * and for forms that edit a whole record. Activities get keys ({@code a12}) that their events name;
 * organisations are named by id where the draft allows it, else by their name at the time.
 */
public final class DraftOfDetails {

    private DraftOfDetails() {
    }

    public static ProjectDraft of(ProjectDetails p) {
        Map<Long, ProjectDetails.Line> lines = p.budget().lines().stream()
                .collect(Collectors.toMap(ProjectDetails.Line::organisationId, Function.identity(), (a, b) -> a));
        return new ProjectDraft(p.language(), p.titles(), p.referenceNumber(), p.localCode(),
                new ProjectDraft.DateText(edtf(p.period().start()), edtf(p.period().end()), p.period().asWritten()),
                p.summary(), p.targetGroups(), p.website(), p.funding(),
                p.budget().partnersTotal() == null ? null : new ProjectDraft.Amount(p.budget().partnersTotal().amount(),
                        p.budget().partnersTotal().currency().getCurrencyCode()),
                p.partners().stream().map(s -> new ProjectDraft.Partner(s.organisationId(), null, s.role(), edtf(s.joined()),
                        edtf(s.left()), s.nameAsWritten(), budget(lines.get(s.organisationId())))).toList(),
                p.goals(),
                p.expectedResults().stream().map(r -> new ProjectDraft.Result(r.text(), r.target(), r.unit(), r.approximate(),
                        r.achieved())).toList(),
                p.activities().stream().map(a -> new ProjectDraft.ActivityDraft("a" + a.id(), a.label(), a.partner(), a.text(),
                        a.commitments().stream().map(c -> new ProjectDraft.CommitmentDraft(c.minCount(), c.eventTypes(),
                                c.distinctRegions(), c.physicalOnly(), edtf(c.deadline()), c.asWritten())).toList())).toList(),
                p.events().stream().map(e -> new ProjectDraft.EventDraft(
                        new ProjectDraft.DateText(edtf(e.start()), edtf(e.end()), e.dateAsWritten()), e.title(), e.type(),
                        e.place(), e.country(), e.region(), e.participants(), e.description(),
                        e.organisers().stream().map(ProjectDetails.OrganisationRef::name).toList(),
                        e.activityId() == null ? null : "a" + e.activityId())).toList(),
                p.media().stream().map(m -> new ProjectDraft.Media(edtf(m.date()), m.dateAsWritten(), m.title(), m.outlet(), m.url(),
                        m.organisation())).toList(),
                p.contacts().stream().map(c -> new ProjectDraft.ContactDraft(c.name(), c.email(), c.phone(), c.organisation())).toList(),
                p.sources().stream().map(s -> new ProjectDraft.SourceDraft(s.publisher(), s.reference(), s.language(),
                        s.periodAsWritten(), s.remarks())).toList(),
                p.publicationState());
    }

    private static ProjectDraft.Budget budget(ProjectDetails.Line line) {
        if (line == null) {
            return null;
        }
        return new ProjectDraft.Budget(line.cost(), line.grant(), line.ownContributionDerived() ? null : line.ownContribution(),
                line.currency());
    }

    private static String edtf(PartialDate date) {
        return date == null ? null : date.toEdtf();
    }

}
