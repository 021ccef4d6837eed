package eu.leadercoop.partners;

import eu.leadercoop.search.SearchResults;
import java.util.List;

/** One page of open offers with the facet counts, in the shape of project search results. */
public record OfferResults(String query, long total, int page, int size, int pages, List<Offer> offers,
        List<SearchResults.FacetCounts> facets) {
}
