package eu.leadercoop.partners.web;

import eu.leadercoop.partners.OfferQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request parameters of an offer search, the same for the API, the page and the feeds. */
final class OfferParams {

    private OfferParams() {
    }

    static OfferQuery query(String q, String lang, List<String> wantedCountry, List<String> wantedKind, List<String> theme,
            List<String> language, int page, int size) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put(OfferQuery.WANTED_COUNTRY, orEmpty(wantedCountry));
        filters.put(OfferQuery.WANTED_KIND, orEmpty(wantedKind));
        filters.put(OfferQuery.THEME, orEmpty(theme));
        filters.put(OfferQuery.LANGUAGE, orEmpty(language));
        return OfferQuery.of(q, lang, filters, page, size);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
