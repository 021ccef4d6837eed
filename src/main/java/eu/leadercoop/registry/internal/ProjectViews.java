package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.ProjectThemes;
import eu.leadercoop.registry.model.Activity;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Commitment;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.ExpectedResult;
import eu.leadercoop.registry.model.Indicator;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the read model ({@link ProjectDetails}, {@link ProjectSummary}) from the entities. */
@Component
public class ProjectViews {

    private final Clock clock;
    private final ObjectProvider<ProjectThemes> themes;

    ProjectViews(Clock clock, ObjectProvider<ProjectThemes> themes) {
        this.clock = clock;
        this.themes = themes;
    }

    public ProjectSummary summary(Project p, String lang) {
        List<ProjectSummary.PartnerRef> partners = p.getPartnerships().stream()
                .map(s -> new ProjectSummary.PartnerRef(s.getOrganisation().getId(), s.getOrganisation().getName(), Codes.of(s.getRole())))
                .toList();
        return new ProjectSummary(p.getId(), p.getLanguage(), p.title(lang), p.getReferenceNumber(), period(p),
                Codes.of(p.status(today())), partners, p.totalBudget().orElse(null), Codes.of(p.getPublicationState()));
    }

    public ProjectDetails details(Project p, String lang) {
        return new ProjectDetails(
                p.getId(), p.getLanguage(), p.title(lang), p.getTitles(), p.getReferenceNumber(), p.getLocalCode(),
                period(p), Codes.of(p.status(today())), Codes.of(p.getPublicationState()), p.getSummary(),
                p.getTargetGroups(), p.getWebsite(), p.getFunding().orElse(null), BudgetChecks.budget(p),
                p.getPartnerships().stream().map(ProjectViews::partner).toList(),
                p.getGoals().stream().map(g -> g.getText()).toList(),
                p.getExpectedResults().stream().map(ProjectViews::result).toList(),
                p.getActivities().stream().map(ProjectViews::activity).toList(),
                p.getEvents().stream().map(ProjectViews::event).toList(),
                p.getMediaItems().stream().map(m -> new ProjectDetails.Media(m.getDate(), m.getDateAsWritten(), m.getTitle(),
                        m.getOutlet(), m.getUrl(), orgId(m.getPartnership()), orgName(m.getPartnership()))).toList(),
                p.getContacts().stream().map(c -> new ProjectDetails.Contact(c.getName(), c.getEmail(), c.getPhone(),
                        orgId(c.getPartnership()), orgName(c.getPartnership()))).toList(),
                p.getSources().stream().map(s -> new ProjectDetails.Source(
                        s.getPublisher() == null ? null : s.getPublisher().getId(),
                        s.getPublisher() == null ? null : s.getPublisher().getName(),
                        s.getReference(), s.getLanguage(), s.getPeriodAsWritten(), s.getRemarks())).toList(),
                p.getVersion(), p.getUpdatedAt(), themes(p, lang));
    }

    private List<ProjectDetails.Theme> themes(Project p, String lang) {
        ProjectThemes source = themes.getIfAvailable();
        return source == null ? List.of() : source.of(p, lang);
    }

    public static ProjectDetails.Period period(Project p) {
        return new ProjectDetails.Period(p.getPeriodStart(), p.getPeriodEnd(), p.getPeriodAsWritten());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ProjectDetails.Partner partner(Partnership s) {
        Organisation o = s.getOrganisation();
        return new ProjectDetails.Partner(o.getId(), o.getName(), s.getNameAsWritten(), Codes.of(s.getRole()),
                s.getJoinedOn(), s.getLeftOn(), Codes.of(o.getKind()), o.getCountry(), o.getRegionCode());
    }

    private static ProjectDetails.Result result(ExpectedResult r) {
        Indicator i = r.getIndicator().orElse(null);
        return i == null
                ? new ProjectDetails.Result(r.getText(), null, null, false, null, null)
                : new ProjectDetails.Result(r.getText(), i.target(), i.unit(), i.isApproximate(), i.achieved(),
                        i.percentAchieved().orElse(null));
    }

    private static ProjectDetails.Activity activity(Activity a) {
        return new ProjectDetails.Activity(a.getId(), a.getLabel(), a.depth(), Codes.of(a.getScope()),
                orgId(a.getPartnership()), orgName(a.getPartnership()), a.getText(),
                a.getCommitments().stream().map(ProjectViews::commitment).toList());
    }

    private static ProjectDetails.Commitment commitment(Commitment c) {
        return new ProjectDetails.Commitment(c.getId(), c.getMinCount(),
                c.getEventTypes().stream().map(Codes::of).sorted().toList(),
                c.isDistinctRegions(), c.isPhysicalOnly(), c.getDeadline(), c.getAsWritten());
    }

    private static ProjectDetails.Event event(Event e) {
        return new ProjectDetails.Event(e.getId(), Codes.of(e.getType()), e.getTitle(),
                e.getDate() == null ? null : e.getDate().start(), e.getDate() == null ? null : e.getDate().end(),
                e.getDateAsWritten(), e.getPlace(), e.getCountry(), e.getRegionCode(), e.getParticipants(),
                e.getDescription(),
                e.getOrganisers().stream().map(o -> new ProjectDetails.OrganisationRef(o.getId(), o.getName())).toList(),
                e.getActivity() == null ? null : e.getActivity().getId());
    }

    private static Long orgId(Partnership p) {
        return p == null ? null : p.getOrganisation().getId();
    }

    private static String orgName(Partnership p) {
        return p == null ? null : p.getOrganisation().getName();
    }
}
