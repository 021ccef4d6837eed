package eu.leadercoop.partners.web;

import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.search.OrganisationResults;
import eu.leadercoop.search.OrganisationSearch;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/organisations}: the directory of organisations, searched by name or alias and filtered
 * by facets, a page at a time (the contract of DESIGN.md).
 */
@RestController
class DirectoryApi {

    /** A page of organisations with the facets' counts. */
    record DirectoryPage(List<OrganisationSummary> items, int page, int size, long totalItems, int totalPages,
            Map<String, List<OrganisationResults.FacetCount>> facets) {
    }

    private final OrganisationSearch search;
    private final Organisations organisations;

    DirectoryApi(OrganisationSearch search, Organisations organisations) {
        this.search = search;
        this.organisations = organisations;
    }

    @GetMapping("/api/organisations")
    @Operation(summary = "Organisations by name (or best match for q: words of a name or alias, any language), with their "
            + "aliases, contact, regions and number of published projects; filters country, kind, region (repeatable), "
            + "has_projects; facets with counts")
    DirectoryPage list(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> country,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> region,
            @RequestParam(name = "has_projects", required = false) String hasProjects,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        DirectorySearchParams params = new DirectorySearchParams(q, country, kind, region, hasProjects, page, size);
        OrganisationResults found = search.search(params.query());
        return new DirectoryPage(organisations.summaries(found.ids()), page, size, found.total(),
                (int) ((found.total() + size - 1) / size), found.facets());
    }
}
