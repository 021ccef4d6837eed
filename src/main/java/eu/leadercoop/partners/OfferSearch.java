package eu.leadercoop.partners;

import eu.leadercoop.partners.internal.CooperationOffer;
import eu.leadercoop.search.SearchResults;
import eu.leadercoop.search.SearchTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Finds open offers by their words and facets. Offers are few (hundreds, each open for weeks), so they
 * are matched in memory, but with the project index's own analysis ({@link SearchTerms}): Estonian and
 * Polish inflections find each other, diacritics are optional, every word must match. Facets (wanted
 * country, wanted kind, theme, language) are counted as project search counts them: each without its
 * own selection. Newest deadline last: the soonest to close comes first.
 */
@Service
public class OfferSearch {

    private final CooperationOffers offers;
    private final MessageSource messages;
    /** An offer's terms, by id and version: analysed once per saved wording. */
    private final Map<Long, Terms> terms = new ConcurrentHashMap<>();

    private record Terms(long version, Set<String> terms) {
    }

    OfferSearch(CooperationOffers offers, MessageSource messages) {
        this.offers = offers;
        this.messages = messages;
    }

    public OfferResults search(OfferQuery query) {
        LocalDate today = offers.today();
        List<Set<String>> words = SearchTerms.perWord(query.text());
        List<CooperationOffer> open = offers.all().stream().filter(o -> o.isOpen(today)).filter(o -> SearchTerms.matchesAll(termsOf(o), words))
                .toList();
        List<CooperationOffer> matching = open.stream().filter(o -> selectedBy(o, query, null)).toList();
        List<SearchResults.FacetCounts> facets = new ArrayList<>();
        Locale locale = Locale.forLanguageTag(query.lang());
        for (String facet : OfferQuery.FACETS) {
            Map<String, Long> counts = new TreeMap<>();
            open.stream().filter(o -> selectedBy(o, query, facet)).forEach(o -> values(o, facet).forEach(v -> counts.merge(v, 1L, Long::sum)));
            query.selected(facet).forEach(v -> counts.putIfAbsent(v, 0L));
            facets.add(new SearchResults.FacetCounts(facet, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new SearchResults.FacetValue(e.getKey(), label(facet, e.getKey(), locale), e.getValue(),
                            query.selected(facet).contains(e.getKey())))
                    .toList()));
        }
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        List<Offer> page = offers.views(matching.stream().sorted(Comparator.comparing(CooperationOffer::getReplyDeadline)
                .thenComparing(CooperationOffer::getId)).toList().subList(from, to));
        int pages = (matching.size() + query.size() - 1) / query.size();
        return new OfferResults(query.text(), matching.size(), query.page(), query.size(), pages, page, facets);
    }

    /** Whether an offer has a selected value of every facet but {@code except}. */
    private static boolean selectedBy(CooperationOffer o, OfferQuery query, String except) {
        for (String facet : OfferQuery.FACETS) {
            Set<String> selected = query.selected(facet);
            if (!facet.equals(except) && !selected.isEmpty() && values(o, facet).stream().noneMatch(selected::contains)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(CooperationOffer o, String facet) {
        return switch (facet) {
            case OfferQuery.WANTED_COUNTRY -> o.getWantedCountries();
            case OfferQuery.WANTED_KIND -> o.getWantedKinds();
            case OfferQuery.THEME -> o.getThemes();
            case OfferQuery.LANGUAGE -> List.of(o.getLanguage());
            default -> List.of();
        };
    }

    private String label(String facet, String value, Locale locale) {
        return switch (facet) {
            case OfferQuery.WANTED_COUNTRY -> Locale.of("", value).getDisplayCountry(locale);
            case OfferQuery.WANTED_KIND -> messages.getMessage("kind." + value, null, value, locale);
            case OfferQuery.LANGUAGE -> Locale.forLanguageTag(value).getDisplayLanguage(locale);
            default -> value;
        };
    }

    private Set<String> termsOf(CooperationOffer o) {
        Terms t = terms.get(o.getId());
        if (t == null || t.version() != o.getVersion()) {
            t = new Terms(o.getVersion(), SearchTerms.of(String.join("\n", o.getTitle(), o.getDescription(),
                    String.join("\n", o.getThemes()))));
            terms.put(o.getId(), t);
        }
        return t.terms();
    }
}
