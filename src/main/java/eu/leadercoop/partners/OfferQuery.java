package eu.leadercoop.partners;

import eu.leadercoop.partners.internal.OfferValidation;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search of open offers: words (blank for all), the reader's language (for labels), selected facet
 * values (values within a facet are alternatives, facets add up), page. {@link #of} names every wrong
 * request parameter.
 */
public record OfferQuery(String text, String lang, Map<String, Set<String>> filters, int page, int size) {

    /** Facet codes, as request parameters and in results. */
    public static final String WANTED_COUNTRY = "wanted_country";
    public static final String WANTED_KIND = "wanted_kind";
    public static final String THEME = "theme";
    public static final String LANGUAGE = "language";
    public static final List<String> FACETS = List.of(WANTED_COUNTRY, WANTED_KIND, THEME, LANGUAGE);
    public static final int MAX_SIZE = 100;

    public OfferQuery {
        text = text == null ? "" : text.strip();
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    public Set<String> selected(String facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public OfferQuery withPage(int newPage) {
        return new OfferQuery(text, lang, filters, newPage, size);
    }

    /** @throws InvalidDraftException naming every parameter with a value it cannot take */
    public static OfferQuery of(String text, String lang, Map<String, List<String>> filters, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lang != null && !List.of("et", "pl", "en").contains(lang)) {
            problems.add(FieldProblem.of("lang", "unknown_language", "must be one of et, pl, en, not '" + lang + "'", lang));
        }
        if (text != null && text.length() > 500) {
            problems.add(FieldProblem.of("q", "too_long", "must be at most 500 characters", text.length()));
        }
        if (page < 0) {
            problems.add(FieldProblem.of("page", "negative", "must be 0 or more", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "out_of_range", "must be between 1 and " + MAX_SIZE, size));
        }
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        filters.forEach((facet, values) -> {
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values == null ? List.<String>of() : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String v = value.strip();
                switch (facet) {
                    case WANTED_COUNTRY -> {
                        v = v.toUpperCase(Locale.ROOT);
                        if (!v.matches("[A-Z]{2}")) {
                            problems.add(FieldProblem.of(facet, "unknown_value", "must be an ISO 3166 country code such as EE, not '" + value + "'", value));
                        }
                    }
                    case WANTED_KIND -> {
                        v = v.toLowerCase(Locale.ROOT);
                        if (!OfferValidation.KINDS.contains(v)) {
                            problems.add(FieldProblem.of(facet, "unknown_value", "must be one of "
                                    + String.join(", ", OfferValidation.KINDS) + ", not '" + value + "'", value));
                        }
                    }
                    case LANGUAGE -> {
                        v = v.toLowerCase(Locale.ROOT);
                        if (!List.of("et", "pl", "en").contains(v)) {
                            problems.add(FieldProblem.of(facet, "unknown_value", "must be one of et, pl, en, not '" + value + "'", value));
                        }
                    }
                    default -> {
                    }
                }
                kept.add(v);
            }
            selected.put(facet, kept);
        });
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return new OfferQuery(text, lang == null ? "en" : lang, selected, page, size);
    }
}
