package eu.leadercoop.search.query;

import eu.leadercoop.search.Facet;
import eu.leadercoop.search.index.ProjectFields;

/** Which index field holds each facet, and how many values a facet lists. */
final class ProjectFacets {

    private ProjectFacets() {
    }

    static String field(Facet facet) {
        return switch (facet) {
            case COUNTRY -> ProjectFields.COUNTRY;
            case REGION -> ProjectFields.REGION;
            case ORGANISATION -> ProjectFields.ORGANISATION;
            case ROLE -> ProjectFields.ROLE;
            case PROGRAMME -> ProjectFields.PROGRAMME;
            case MEASURE -> ProjectFields.MEASURE;
            case EVENT_TYPE -> ProjectFields.EVENT_TYPE;
            case THEME -> ProjectFields.THEME;
            case YEAR -> ProjectFields.YEAR;
            case BUDGET -> ProjectFields.BUDGET_EUR;
            case STATUS -> ProjectFields.FIRST_DAY;
        };
    }

    /** The most values a terms facet lists (the most frequent first). */
    static int maxValues(Facet facet) {
        return switch (facet) {
            case ORGANISATION, PROGRAMME, MEASURE -> 15;
            case REGION -> 40;
            case YEAR -> 30;
            default -> 50;
        };
    }
}
