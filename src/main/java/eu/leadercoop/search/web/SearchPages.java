package eu.leadercoop.search.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.SearchSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. With htmx, changing a facet or the order asks for the results part only
 * ({@code HX-Request} header) and swaps it in; without JavaScript the form submits as usual.
 */
@Controller
class SearchPages {

    static final int SUGGESTIONS = 8;

    private final ProjectSearch search;

    SearchPages(ProjectSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@ModelAttribute("params") SearchParams params,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        SearchQuery query = queryOf(params, problems);
        model.addAttribute("query", query);
        model.addAttribute("problems", problems);
        model.addAttribute("results", search.search(query));
        model.addAttribute("links", new SearchLinks(query));
        model.addAttribute("sorts", SearchSort.values());
        return htmx != null ? "search/results :: results" : "search/results";
    }

    /** Typeahead in the organisation facet: organisations to add to the current search. */
    @GetMapping("/search/organisations")
    String organisations(@RequestParam(defaultValue = "") String typed, @ModelAttribute("params") SearchParams params, Model model) {
        SearchQuery query = queryOf(params, new ArrayList<>());
        model.addAttribute("typed", typed.strip());
        model.addAttribute("suggestions", typed.isBlank() ? List.of() : search.suggestOrganisations(typed, SUGGESTIONS));
        model.addAttribute("links", new SearchLinks(query));
        model.addAttribute("facet", Facet.ORGANISATION.code());
        return "search/suggestions :: suggestions";
    }

    /** The search the parameters ask for in the reader's language; with a wrong one, the words alone, and the problems named. */
    private static SearchQuery queryOf(SearchParams params, List<FieldProblem> problems) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        try {
            return params.toQuery(lang);
        } catch (InvalidDraftException e) {
            problems.addAll(e.problems());
            return new SearchQuery(params.q(), lang, Map.of(), SearchSort.RELEVANCE, 0, SearchParams.DEFAULT_SIZE);
        }
    }
}
