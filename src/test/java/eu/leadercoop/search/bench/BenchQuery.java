package eu.leadercoop.search.bench;

import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.SearchSort;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One search of the benchmark: words, reader's language, facet filters, order; {@code kind} groups the mix. */
public record BenchQuery(String kind, String text, String lang, Map<Facet, List<String>> filters, SearchSort sort) {

    static final int PAGE_SIZE = 10;

    static BenchQuery of(String kind, String text, String lang) {
        return new BenchQuery(kind, text, lang, Map.of(), SearchSort.RELEVANCE);
    }

    BenchQuery filter(Facet facet, String... values) {
        Map<Facet, List<String>> f = new EnumMap<>(Facet.class);
        f.putAll(filters);
        f.put(facet, List.of(values));
        return new BenchQuery(kind, text, lang, f, sort);
    }

    BenchQuery sorted(SearchSort order) {
        return new BenchQuery(kind, text, lang, filters, order);
    }

    public SearchQuery toSearchQuery() {
        return SearchQuery.of(text, lang, filters, sort.code(), 0, PAGE_SIZE);
    }

    /** The fixed mix: single words, phrases, inflected and unaccented forms, facet filters, sorted. */
    public static List<BenchQuery> mix() {
        return List.of(
                of("word", "õppereis", "et"), of("word", "seminar", "en"), of("word", "współpraca", "pl"),
                of("word", "cooperation", "en"), of("word", "koolitus", "et"), of("word", "turystyka", "pl"),
                of("word", "häkaton", "et"), of("word", "mentoring", "en"),
                of("phrase", "\"wyjazd studyjny\"", "pl"), of("phrase", "\"local action group\"", "en"),
                of("phrase", "\"obszarów wiejskich\"", "pl"), of("phrase", "\"kogemusvahetuse\"", "et"),
                of("inflected", "õppereisidel", "et"), of("inflected", "tegevusrühmadele", "et"),
                of("inflected", "wyjazdach studyjnych", "pl"), of("inflected", "szkoleniach", "pl"),
                of("inflected", "villages", "en"),
                of("unaccented", "oppereisid", "et"), of("unaccented", "wspolpraca", "pl"), of("unaccented", "dzialania", "pl"),
                of("words", "õppereis noored", "et"), of("words", "szkolenie młodzież", "pl"), of("words", "seminar tourism", "en"),
                of("facet", "seminar", "en").filter(Facet.COUNTRY, "PL"),
                of("facet", "koolitus", "et").filter(Facet.YEAR, "2020"),
                of("facet", "", "en").filter(Facet.COUNTRY, "EE").filter(Facet.STATUS, "running"),
                of("facet", "turystyka", "pl").filter(Facet.BUDGET, "from_100k_to_500k"),
                of("facet", "õppereis", "et").filter(Facet.EVENT_TYPE, "study_trip_abroad"),
                of("sorted", "seminar", "en").sorted(SearchSort.START_DATE_DESC),
                of("sorted", "współpraca", "pl").sorted(SearchSort.BUDGET_DESC),
                of("sorted", "", "en").sorted(SearchSort.START_DATE_DESC));
    }
}
