package eu.leadercoop.search.web;

import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The search's request parameters, shared by the page and the API. Each facet takes several values
 * ({@code country=EE&country=PL}); see {@link Facet}.
 */
public record SearchParams(
        @Parameter(description = "The words. All must match (in any field); \"quotes\" make a phrase, -word excludes, "
                + "word* matches a prefix, a | b either. Inflected forms and words without diacritics find each other.")
        String q,
        @Parameter(description = "The reader's language, et, pl or en (default en): its fields count more and titles "
                + "are shown in it where the project has one") String lang,
        @Parameter(description = "Partner countries, ISO 3166-1 alpha-2 (EE, PL)") List<String> country,
        @Parameter(description = "Partner regions, ISO 3166-2 (EE-37, PL-LU)") List<String> region,
        @Parameter(description = "Partner organisation ids") List<String> organisation,
        @Parameter(description = "Partner roles (lead_partner, applicant, partner, network_partner); with organisation, "
                + "the role of those organisations") List<String> role,
        @Parameter(description = "Funding programmes as the records name them (PROW, KSOW)") List<String> programme,
        @Parameter(description = "Funding measures as the records name them") List<String> measure,
        @Parameter(name = "event_type", description = "Types of the projects' events (study_trip, seminar, ...)")
        @BindParam("event_type") List<String> eventType,
        @Parameter(description = "Themes, as thesaurus concept ids (smart-villages, rural-tourism); each facet value "
                + "has its label in the reader's language") List<String> theme,
        @Parameter(description = "Calendar years the project's period touches") List<String> year,
        @Parameter(description = "Budget bands in euro: under_10k, from_10k_to_50k, from_50k_to_100k, "
                + "from_100k_to_500k, from_500k") List<String> budget,
        @Parameter(description = "planned, running, completed or unknown, from the period and today's date") List<String> status,
        @Parameter(description = "relevance (default), start_date_desc, start_date_asc, budget_desc, budget_asc") String sort,
        @Parameter(description = "Page number from 0") Integer page,
        @Parameter(description = "Results per page, 1 to 100 (default 20)") Integer size) {

    static final int DEFAULT_SIZE = 20;

    /** The query these parameters ask for; {@code lang} when the parameters name no language. */
    SearchQuery toQuery(String defaultLang) {
        return SearchQuery.of(q, lang != null ? lang : defaultLang, filters(), sort, page == null ? 0 : page,
                size == null ? DEFAULT_SIZE : size);
    }

    Map<Facet, List<String>> filters() {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.COUNTRY, country);
        put(filters, Facet.REGION, region);
        put(filters, Facet.ORGANISATION, organisation);
        put(filters, Facet.ROLE, role);
        put(filters, Facet.PROGRAMME, programme);
        put(filters, Facet.MEASURE, measure);
        put(filters, Facet.EVENT_TYPE, eventType);
        put(filters, Facet.THEME, theme);
        put(filters, Facet.YEAR, year);
        put(filters, Facet.BUDGET, budget);
        put(filters, Facet.STATUS, status);
        return filters;
    }

    private static void put(Map<Facet, List<String>> filters, Facet facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, values);
        }
    }
}
