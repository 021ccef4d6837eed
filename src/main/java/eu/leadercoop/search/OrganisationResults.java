package eu.leadercoop.search;

import java.util.List;
import java.util.Map;

/**
 * One page of organisations a {@link OrganisationQuery} finds, best match first (by name without words),
 * and the facets: for each of {@code country}, {@code kind}, {@code region} and {@code has_projects}, its
 * values with how many organisations each would find given the other facets' filters. ("Has open offers"
 * will be one more facet once offers exist.)
 */
public record OrganisationResults(long total, List<Long> ids, Map<String, List<FacetCount>> facets) {

    /** A facet value and the number of organisations it finds. */
    public record FacetCount(String value, long count) {
    }

    public static final String COUNTRY = "country";
    public static final String KIND = "kind";
    public static final String REGION = "region";
    public static final String HAS_PROJECTS = "has_projects";
}
