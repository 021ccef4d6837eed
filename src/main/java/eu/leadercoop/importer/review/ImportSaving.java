package eu.leadercoop.importer.review;

import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.draft.DraftStatus;
import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.importer.match.KnownOrganisation;
import eu.leadercoop.importer.match.OrganisationDirectory;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.StaleVersionException;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectMerge;
import eu.leadercoop.registry.ProjectMerging;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.model.OrganisationNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saves a reviewed draft, all or nothing, in one transaction: creates the organisations the reviewer confirmed as
 * new, remembers each spelling the reviewer confirmed for an existing organisation as its alias, then saves the
 * record through {@link ProjectEditing#create} (a new project, the same as one entered by hand, with the same permission checks) or
 * {@link ProjectMerging#merge} (into a recorded one), and marks the draft saved. Any problem, in the form or
 * found by the registry, is reported by form field ({@link InvalidDraftException}) and rolls everything back.
 */
@Service
public class ImportSaving {

    private final ImportDrafts drafts;
    private final OrganisationDirectory directory;
    private final Organisations organisations;
    private final ProjectEditing editing;
    private final ProjectMerging merging;

    ImportSaving(ImportDrafts drafts, OrganisationDirectory directory, Organisations organisations, ProjectEditing editing,
                 ProjectMerging merging) {
        this.drafts = drafts;
        this.directory = directory;
        this.organisations = organisations;
        this.editing = editing;
        this.merging = merging;
    }

    /**
     * @return the project as saved
     * @throws InvalidDraftException naming every problem by the form's fields; nothing is saved then
     */
    @Transactional
    public ProjectDetails save(long draftId, ReviewForm form) {
        Draft draft = drafts.find(draftId).filter(d -> d.status() == DraftStatus.PENDING)
                .orElseThrow(() -> invalid("draft", "not_pending", "this draft is no longer waiting for review"));
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, DraftConversion.Organisation> chosen = organisations(form, problems);
        DraftConversion conversion = new DraftConversion(form, draft.sourceName(), chosen);
        ProjectDetails saved;
        if (ReviewForm.NEW_PROJECT.equals(form.getTarget())) {
            DraftConversion.Converted<ProjectDraft> converted = conversion.toNewProject();
            saved = registry(converted, problems, () -> editing.create(converted.input()));
        } else {
            long projectId = MergePlan.organisationId(form.getTarget())
                    .orElseThrow(() -> invalid("target", "unknown_project", "choose a new project or one to merge into"));
            ProjectDetails record = merging.details(projectId)
                    .orElseThrow(() -> invalid("target", "unknown_project", "no project has id " + projectId));
            DraftConversion.Converted<ProjectMerge> converted = conversion.toMerge(MergePlan.of(form, record));
            saved = registry(converted, problems, () -> merging.merge(projectId, converted.input()));
        }
        drafts.markSaved(draftId, saved.id());
        return saved;
    }

    private static ProjectDetails registry(DraftConversion.Converted<?> converted, List<FieldProblem> problems,
                                           Supplier<ProjectDetails> save) {
        problems.addAll(converted.problems());
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        try {
            return save.get();
        } catch (InvalidDraftException e) {
            throw new InvalidDraftException(e.problems().stream().map(converted::toForm).toList());
        } catch (StaleVersionException e) {
            throw invalid("target", "stale", "the project was changed by someone else since this review was opened; open the draft again to see its current values");
        } catch (NotPermittedException e) {
            throw invalid("target", "not_permitted", e.getMessage());
        }
    }

    /** The organisation of every partner row kept: chosen, or created when confirmed as new. */
    private Map<Integer, DraftConversion.Organisation> organisations(ReviewForm form, List<FieldProblem> problems) {
        OrganisationIndex index = directory.index();
        Map<Integer, DraftConversion.Organisation> chosen = new HashMap<>();
        for (int i = 0; i < form.getPartners().size(); i++) {
            ReviewForm.PartnerRow row = form.getPartners().get(i);
            String field = "partners[" + i + "]";
            if (!row.isInclude()) {
                continue;
            }
            if (ReviewForm.NEW_ORGANISATION.equals(row.getOrganisation())) {
                Optional<DraftConversion.Organisation> created = create(row, field, problems);
                if (created.isPresent()) {
                    chosen.put(i, created.get());
                }
                continue;
            }
            Optional<KnownOrganisation> known = MergePlan.organisationId(row.getOrganisation()).flatMap(index::byId);
            if (known.isEmpty()) {
                problems.add(FieldProblem.of(field + ".organisation", "required",
                        "choose the organisation this partner is, or confirm it as a new one"));
                continue;
            }
            chosen.put(i, new DraftConversion.Organisation(known.get().id(), known.get().name()));
            rememberSpelling(known.get(), row.getName(), field, problems);
        }
        return chosen;
    }

    private Optional<DraftConversion.Organisation> create(ReviewForm.PartnerRow row, String field, List<FieldProblem> problems) {
        try {
            OrganisationSummary created = organisations.create(new OrganisationDraft(row.getName(), List.of(),
                    blankToNull(row.getLegalForm()), row.getKind(), blankToNull(row.getCountry()), null, null));
            return Optional.of(new DraftConversion.Organisation(created.id(), created.name()));
        } catch (InvalidDraftException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(field + "." + formField(p.field()), p.code(),
                    p.arguments(), p.message())));
            return Optional.empty();
        }
    }

    /** The reviewer confirmed that {@code spelling} means this organisation: it becomes one of its aliases. */
    private void rememberSpelling(KnownOrganisation organisation, String spelling, String field, List<FieldProblem> problems) {
        if (spelling == null || spelling.isBlank() || knownAs(organisation, spelling)) {
            return;
        }
        try {
            organisations.addAlias(organisation.id(), spelling);
        } catch (InvalidDraftException e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(field + ".organisation", p.code(), p.arguments(), p.message())));
        }
    }

    private static boolean knownAs(KnownOrganisation o, String spelling) {
        String key = OrganisationNames.key(spelling);
        return OrganisationNames.key(o.name()).equals(key) || o.aliases().stream().anyMatch(a -> OrganisationNames.key(a).equals(key));
    }

    private static String formField(String organisationField) {
        return switch (organisationField) {
            case "legal_form" -> "legalForm";
            case "aliases" -> "name";
            default -> organisationField;
        };
    }

    private static InvalidDraftException invalid(String field, String code, String message) {
        return new InvalidDraftException(List.of(FieldProblem.of(field, code, message)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
