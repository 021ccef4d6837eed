package eu.leadercoop.partners.web;

import eu.leadercoop.partners.PartnerSuggestions;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked partner suggestions with their reasons. */
@RestController
@Tag(name = "Partner suggestions", description = "Organisations ranked as partners, each with its reasons")
class PartnerSuggestApi {

    private final PartnerSuggestions suggestions;

    PartnerSuggestApi(PartnerSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    record Answer(String basis, List<PartnerSuggestions.Suggestion> suggestions) {
    }

    @GetMapping("/api/partners/suggest")
    @Operation(summary = "Organisations ranked as partners for a free text, a project (its partners' editors for a draft) or an offer; "
            + "exactly one of text, project, offer. Reasons are in lang (et, pl, en). Never the asking organisation "
            + "(organisation=, else the signed-in user's) or its current partners")
    Answer suggest(@RequestParam(required = false) String text, @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long offer, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) String lang, @RequestParam(defaultValue = "10") int limit) {
        return new Answer(SuggestParams.basis(text, project, offer, lang, limit), SuggestParams.run(suggestions, text, project, offer,
                organisation, lang, limit));
    }

    /** The checks and the call shared by the API and the page. */
    static final class SuggestParams {

        private SuggestParams() {
        }

        static String basis(String text, Long project, Long offer, String lang, int limit) {
            List<FieldProblem> problems = new ArrayList<>();
            int given = (text != null && !text.isBlank() ? 1 : 0) + (project != null ? 1 : 0) + (offer != null ? 1 : 0);
            if (given != 1) {
                problems.add(FieldProblem.of("text", "one_basis", "give exactly one of text, project, offer"));
            }
            if (lang != null && !List.of("et", "pl", "en").contains(lang)) {
                problems.add(FieldProblem.of("lang", "unknown_language", "must be one of et, pl, en, not '" + lang + "'", lang));
            }
            if (limit < 1 || limit > PartnerSuggestions.MAX_LIMIT) {
                problems.add(FieldProblem.of("limit", "out_of_range", "must be between 1 and " + PartnerSuggestions.MAX_LIMIT, limit));
            }
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(problems);
            }
            return project != null ? "project" : offer != null ? "offer" : "text";
        }

        static List<PartnerSuggestions.Suggestion> run(PartnerSuggestions suggestions, String text, Long project, Long offer,
                Long organisation, String lang, int limit) {
            basis(text, project, offer, lang, limit);
            String language = lang == null ? "en" : lang;
            if (project != null) {
                return suggestions.forProject(project, language, limit);
            }
            if (offer != null) {
                return suggestions.forOffer(offer, language, limit);
            }
            return suggestions.forText(text, organisation, language, limit);
        }
    }
}
