package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectMerge;
import eu.leadercoop.registry.ProjectMerge.CoreValues;
import eu.leadercoop.registry.ProjectMerge.PartnerChange;
import eu.leadercoop.registry.model.BudgetLine;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.PartnerRole;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies a {@link ProjectMerge} to a recorded project: the values picked for the core, changes to partners
 * it has, and everything added. Checks every field as {@link ProjectAssembler} does for a new project and
 * throws {@link InvalidDraftException} with all problems before anything is written; permissions, versions
 * and history go the same way as every other edit ({@link ProjectEditor}).
 */
@Component
public class ProjectMerger {

    private final ProjectEditor editor;
    private final ProjectAssembler assembler;
    private final OrganisationResolver organisations;

    ProjectMerger(ProjectEditor editor, ProjectAssembler assembler, OrganisationResolver organisations) {
        this.editor = editor;
        this.assembler = assembler;
        this.organisations = organisations;
    }

    /**
     * Applies {@code merge} through the checked edit path: the current user must be allowed every area the
     * merge changes (a partner's part, the shared core), and a stale {@code expected_version} is a conflict.
     */
    public ProjectDetails merge(long projectId, ProjectMerge merge) {
        long version = merge.expectedVersion() != null ? merge.expectedVersion() : editor.visible(projectId).getVersion();
        return editor.edit(projectId, version, merge, (project, in) -> apply(in, merge, project));
    }

    private void apply(DraftReader in, ProjectMerge merge, Project project) {
        takeCore(in, merge.take() == null ? CoreValues.none() : merge.take(), project);
        addLists(in, merge, project);
        changePartners(in, list(merge.partnerChanges()), project);
        assembler.addParts(in, new ProjectDraft(project.getLanguage(), null, null, null, null, null, null, null, null,
                null, merge.partners(), null, null, merge.activities(), merge.events(), merge.media(), merge.contacts(),
                merge.sources(), null), project);
    }

    private void takeCore(DraftReader in, CoreValues take, Project project) {
        CoreParts.titles(in, "take.titles", take.titles() == null ? Map.of() : take.titles()).forEach(project::setTitle);
        String reference = in.text("take.reference_number", take.referenceNumber(), 60, false);
        String summary = in.text("take.summary", take.summary(), 20000, false);
        String website = in.link("take.website", take.website(), 500);
        project.describe(reference != null ? reference : project.getReferenceNumber(), project.getLocalCode(),
                summary != null ? summary : project.getSummary(), website != null ? website : project.getWebsite());
        if (take.period() != null) {
            DraftReader.Span period = in.span("take.period", take.period());
            project.setPeriod(period.start(), period.end(), in.text("take.period.as_written", take.period().asWritten(), 200, false));
        }
        if (take.funding() != null) {
            project.setFunding(CoreParts.funding(in, "take.funding", take.funding()));
        }
        if (take.partnersTotal() != null) {
            Money total = CoreParts.money(in, "take.partners_total", take.partnersTotal());
            if (total != null) {
                project.setPartnersTotal(total);
            }
        }
    }

    private void addLists(DraftReader in, ProjectMerge merge, Project project) {
        List<String> groups = new ArrayList<>(project.getTargetGroups());
        for (String g : list(merge.targetGroups())) {
            String text = in.text("target_groups", g, 2000, true);
            if (text != null) {
                groups.add(text);
            }
        }
        project.setTargetGroups(groups);
        list(merge.goals()).forEach(goal -> assembler.readGoal(in, "goals", goal, project, null));
        List<ProjectDraft.Result> results = list(merge.expectedResults());
        for (int i = 0; i < results.size(); i++) {
            assembler.readResult(in, "expected_results[" + i + "]", results.get(i), project, null);
        }
    }

    private void changePartners(DraftReader in, List<PartnerChange> changes, Project project) {
        for (int i = 0; i < changes.size(); i++) {
            PartnerChange c = changes.get(i);
            String f = "partner_changes[" + i + "]";
            Optional<Organisation> organisation = organisations.resolve(in, f + ".organisation", c.organisationId(), c.organisation());
            if (organisation.isEmpty()) {
                continue;
            }
            Optional<Partnership> partnership = project.partnershipOf(organisation.get());
            if (partnership.isEmpty()) {
                in.reject(f + ".organisation", "not_a_partner",
                        "'" + organisation.get().getName() + "' is not one of the project's partners", organisation.get().getName());
                continue;
            }
            Partnership s = partnership.get();
            if (c.role() != null) {
                s.setRole(in.code(f + ".role", PartnerRole.class, c.role(), s.getRole()));
            }
            if (c.joined() != null || c.left() != null) {
                // a change names what it changes; the other end of the membership stays as recorded
                DraftReader.Span membership = in.span(f, new ProjectDraft.DateText(
                        c.joined() != null ? c.joined() : edtf(s.getJoinedOn()), c.left() != null ? c.left() : edtf(s.getLeftOn()), null));
                s.setMembership(membership.start(), membership.end());
            }
            if (c.budget() != null) {
                BigDecimal cost = in.amount(f + ".budget.cost", c.budget().cost());
                BigDecimal grant = in.amount(f + ".budget.grant", c.budget().grant());
                BigDecimal own = in.amount(f + ".budget.own_contribution", c.budget().ownContribution());
                Currency currency = in.currency(f + ".budget.currency", c.budget().currency(),
                        cost != null || grant != null || own != null);
                s.setBudget(new BudgetLine(cost, grant, own, currency));
            }
        }
    }

    private static String edtf(PartialDate date) {
        return date == null ? null : date.toEdtf();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
