package eu.leadercoop.partners.web;

import eu.leadercoop.registry.Organisations;
import eu.leadercoop.search.OrganisationQuery;
import eu.leadercoop.search.OrganisationResults;
import eu.leadercoop.search.OrganisationSearch;
import eu.leadercoop.web.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /organisations}: the directory of organisations (LAGs of every country in the directory, and the
 * partners of projects), searched by name or alias in any language, with facets country, kind, region and
 * "has projects" (a place is kept for "has open offers", which comes with offers), a page at a time.
 */
@Controller
class DirectoryPages {

    static final int PAGE_SIZE = 50;

    /** One facet value as the page shows it. */
    record Option(String value, String label, long count, boolean selected) {
    }

    /** One facet with its values; {@code name} is also the request parameter. */
    record FacetView(String name, List<Option> options) {
    }

    private final OrganisationSearch search;
    private final Organisations organisations;
    private final Formats formats;
    private final MessageSource messages;

    DirectoryPages(OrganisationSearch search, Organisations organisations, Formats formats, MessageSource messages) {
        this.search = search;
        this.organisations = organisations;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> country,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> region,
            @RequestParam(name = "has_projects", required = false) String hasProjects,
            @RequestParam(defaultValue = "0") int page, Model model) {
        OrganisationQuery query = new DirectorySearchParams(q, country, kind, region, hasProjects, Math.max(page, 0), PAGE_SIZE).query();
        OrganisationResults found = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("organisations", organisations.summaries(found.ids()));
        model.addAttribute("total", found.total());
        model.addAttribute("page", query.page());
        model.addAttribute("lastPage", Math.max(0, (int) ((found.total() - 1) / PAGE_SIZE)));
        model.addAttribute("facets", facets(query, found.facets()));
        model.addAttribute("filtered", !query.text().isEmpty() || !query.countries().isEmpty() || !query.kinds().isEmpty()
                || !query.regions().isEmpty() || query.hasProjects() != null);
        model.addAttribute("previous", link(query, query.page() - 1));
        model.addAttribute("next", link(query, query.page() + 1));
        return "organisations/list";
    }

    private List<FacetView> facets(OrganisationQuery query, Map<String, List<OrganisationResults.FacetCount>> counts) {
        List<FacetView> facets = new ArrayList<>();
        facets.add(facet("country", counts.get(OrganisationResults.COUNTRY), query.countries(), formats::country));
        facets.add(facet("kind", counts.get(OrganisationResults.KIND), query.kinds(),
                v -> messages.getMessage("kind." + v, null, v, LocaleContextHolder.getLocale())));
        facets.add(facet("region", counts.get(OrganisationResults.REGION), query.regions(), v -> v));
        Set<String> projects = query.hasProjects() == null ? Set.of() : Set.of(String.valueOf(query.hasProjects()));
        facets.add(facet("has_projects", counts.get(OrganisationResults.HAS_PROJECTS), projects,
                v -> messages.getMessage("partners.directory.has_projects." + v, null, v, LocaleContextHolder.getLocale())));
        // "has open offers" will be a facet here once cooperation offers exist (issue 17).
        return facets;
    }

    private static FacetView facet(String name, List<OrganisationResults.FacetCount> counts, Set<String> selected,
            java.util.function.Function<String, String> label) {
        List<Option> options = new ArrayList<>();
        for (OrganisationResults.FacetCount c : counts == null ? List.<OrganisationResults.FacetCount>of() : counts) {
            options.add(new Option(c.value(), label.apply(c.value()), c.count(),
                    selected.stream().anyMatch(s -> s.equalsIgnoreCase(c.value()))));
        }
        return new FacetView(name, options);
    }

    private static String link(OrganisationQuery query, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/organisations");
        if (!query.text().isEmpty()) {
            uri.queryParam("q", query.text());
        }
        query.countries().forEach(c -> uri.queryParam("country", c));
        query.kinds().forEach(k -> uri.queryParam("kind", k));
        query.regions().forEach(r -> uri.queryParam("region", r));
        if (query.hasProjects() != null) {
            uri.queryParam("has_projects", query.hasProjects());
        }
        uri.queryParam("page", page);
        return uri.encode().build().toUriString();
    }
}
