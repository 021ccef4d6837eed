package eu.leadercoop.importer.review;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.match.KnownOrganisation;
import eu.leadercoop.importer.match.OrganisationDirectory;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.importer.match.OrganisationMatch;
import eu.leadercoop.importer.match.ProjectCandidate;
import eu.leadercoop.importer.match.ProjectMatcher;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectMerging;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Prepares review pages: first from the draft alone, again with the reviewer's form after a refused save. */
@Component
public class Reviews {

    private static final int MAX_CANDIDATES = 20;

    private final OrganisationDirectory directory;
    private final ProjectMerging merging;

    Reviews(OrganisationDirectory directory, ProjectMerging merging) {
        this.directory = directory;
        this.merging = merging;
    }

    /**
     * The page as it first appears.
     *
     * @param target {@value ReviewForm#NEW_PROJECT}, a project id, or null to merge into the project the text
     *               probably describes when there is one
     */
    public ReviewPage first(Draft draft, String target) {
        OrganisationIndex index = directory.index();
        ReviewForm form = ReviewForms.of(draft.extracted(), index);
        List<ProjectCandidate> candidates = candidates(draft.extracted(), form);
        String chosen = target != null ? target
                : candidates.stream().findFirst().map(c -> String.valueOf(c.project().id())).orElse(ReviewForm.NEW_PROJECT);
        form.setTarget(ReviewForm.NEW_PROJECT);
        MergePlan plan = null;
        Optional<ProjectDetails> record = record(chosen);
        if (record.isPresent()) {
            form.setTarget(chosen);
            plan = MergePlan.of(form, record.get());
            plan.applyDefaults(form);
        }
        return page(draft, form, index, candidates, plan, List.of());
    }

    /** The page again with what the reviewer submitted and what was wrong with it. */
    public ReviewPage again(Draft draft, ReviewForm form, List<FieldProblem> problems) {
        OrganisationIndex index = directory.index();
        MergePlan plan = record(form.getTarget()).map(r -> MergePlan.of(form, r)).orElse(null);
        return page(draft, form, index, candidates(draft.extracted(), form), plan, problems);
    }

    /** Projects the text probably describes: same reference number, or similar title, period and partners. */
    public List<ProjectCandidate> candidates(ExtractedProject text, ReviewForm form) {
        Set<Long> organisations = new LinkedHashSet<>();
        for (ReviewForm.PartnerRow row : form.getPartners()) {
            MergePlan.organisationId(row.getOrganisation()).ifPresent(organisations::add);
        }
        List<ProjectDetails> records = merging.candidates(text.referenceNumber(), organisations, MAX_CANDIDATES);
        return ProjectMatcher.rank(text, organisations, records).stream().filter(ProjectCandidate::likelySame).toList();
    }

    private Optional<ProjectDetails> record(String target) {
        return MergePlan.organisationId(target).flatMap(merging::details);
    }

    private static ReviewPage page(Draft draft, ReviewForm form, OrganisationIndex index, List<ProjectCandidate> candidates,
                                   MergePlan plan, List<FieldProblem> problems) {
        ExtractedProject p = draft.extracted();
        List<ReviewPage.FieldConfidence> confidences = new ArrayList<>();
        for (Map.Entry<String, ExtractedProject.FieldMark> e : p.fields().entrySet()) {
            int percent = (int) Math.round(e.getValue().confidence() * 100);
            confidences.add(new ReviewPage.FieldConfidence(e.getKey(), percent,
                    percent >= 85 ? "high" : percent >= 60 ? "medium" : "low"));
        }
        List<OrganisationMatch> matches = form.getPartners().stream().map(row -> index.match(row.getName())).toList();
        List<KnownOrganisation> organisations = index.organisations().stream()
                .sorted(Comparator.comparing(KnownOrganisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new ReviewPage(draft, form, SourceHighlights.of(draft.text(), p.fields()), confidences,
                // the page says the language warning in the reader's language itself
                p.warnings().stream().filter(Objects::nonNull)
                        .filter(w -> !w.equals(ExtractedProject.OTHER_LANGUAGE_WARNING)).toList(),
                matches, organisations, candidates, plan, problems);
    }
}
