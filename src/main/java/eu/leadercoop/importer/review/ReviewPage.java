package eu.leadercoop.importer.review;

import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.match.KnownOrganisation;
import eu.leadercoop.importer.match.OrganisationMatch;
import eu.leadercoop.importer.match.ProjectCandidate;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.LegalForm;
import eu.leadercoop.registry.model.OrganisationKind;
import eu.leadercoop.registry.model.PartnerRole;

import java.util.List;

/**
 * Everything the review page shows: the draft's text with its fields highlighted, the form, how each partner
 * was matched, the projects the text may describe, and for a merge the plan; problems by form field after a
 * refused save.
 *
 * @param confidences each field read, with its confidence in percent, in reading order
 * @param matches     for each partner row, how its name matched (same order as the form's partners)
 * @param candidates  recorded projects the text probably describes, likeliest first
 * @param plan        the comparison with the target project; null when saving a new project
 */
public record ReviewPage(Draft draft, ReviewForm form, List<SourceHighlights.Piece> source,
                         List<FieldConfidence> confidences, List<String> warnings, List<OrganisationMatch> matches,
                         List<KnownOrganisation> organisations, List<ProjectCandidate> candidates, MergePlan plan,
                         List<FieldProblem> problems) {

    public record FieldConfidence(String field, int percent, String level) {
    }

    /** The organisations offered for partner row {@code row} besides its match and alternatives, by name. */
    public List<KnownOrganisation> otherOrganisations(int row) {
        OrganisationMatch m = matches.get(row);
        java.util.Set<Long> suggested = new java.util.HashSet<>();
        if (m.match() != null) {
            suggested.add(m.match().id());
        }
        m.alternatives().forEach(a -> suggested.add(a.organisation().id()));
        return organisations.stream().filter(o -> !suggested.contains(o.id())).toList();
    }

    public List<String> eventTypes() {
        return codes(EventType.values());
    }

    public List<String> roles() {
        return codes(PartnerRole.values());
    }

    public List<String> kinds() {
        return codes(OrganisationKind.values());
    }

    public List<String> legalForms() {
        return codes(LegalForm.values());
    }

    /** Languages a record can be written in here, and the text's own when it is another. */
    public List<String> languages() {
        List<String> languages = new java.util.ArrayList<>(List.of("et", "pl", "en"));
        if (form.getLanguage() != null && !form.getLanguage().isBlank() && !languages.contains(form.getLanguage())) {
            languages.add(form.getLanguage());
        }
        return languages;
    }

    private static List<String> codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Codes::of).toList();
    }

    public boolean merging() {
        return plan != null;
    }

    /** Whether a refused save named this field or anything inside it ({@code partners[2]} covers {@code partners[2].kind}). */
    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + ".")
                || p.field().startsWith(field + "["));
    }

    public List<FieldProblem> problemsOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field) || p.field().startsWith(field + ".")).toList();
    }
}
