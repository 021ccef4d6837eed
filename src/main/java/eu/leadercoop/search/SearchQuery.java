package eu.leadercoop.search;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.PartnerRole;
import eu.leadercoop.registry.model.ProjectStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One project search: the words as typed (blank for everything), the reader's language (which
 * language's fields count most, and which title to show), selected facet values, order and page.
 * {@link #of} checks request parameters and names every wrong one.
 */
public record SearchQuery(String text, String lang, Map<Facet, Set<String>> filters, SearchSort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final List<String> LANGUAGES = List.of("et", "pl", "en");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public SearchQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** The same search on another page or with another order. */
    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, lang, filters, sort, newPage, size);
    }

    /**
     * A query from request parameters.
     *
     * @throws InvalidDraftException naming each parameter with a value it cannot take
     */
    public static SearchQuery of(String text, String lang, Map<Facet, List<String>> filters, String sort, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lang != null && !LANGUAGES.contains(lang)) {
            problems.add(FieldProblem.of("lang", "unknown_language", "must be one of et, pl, en, not '" + lang + "'", lang));
        }
        SearchSort order = sort == null || sort.isBlank() ? SearchSort.RELEVANCE : SearchSort.of(sort).orElse(null);
        if (order == null) {
            problems.add(FieldProblem.of("sort", "unknown_sort", "must be one of " + codes(SearchSort.values()) + ", not '" + sort + "'", sort));
        }
        if (page < 0) {
            problems.add(FieldProblem.of("page", "negative", "must be 0 or more", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "out_of_range", "must be between 1 and " + MAX_SIZE, size));
        }
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String problem = problemWith(facet, value.strip());
                if (problem != null) {
                    problems.add(FieldProblem.of(facet.code(), "unknown_value", problem, value));
                }
                kept.add(normalised(facet, value.strip()));
            }
            selected.put(facet, kept);
        });
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return new SearchQuery(text, lang == null ? "en" : lang, selected, order, page, size);
    }

    private static String problemWith(Facet facet, String value) {
        return switch (facet) {
            case COUNTRY -> COUNTRIES.contains(value.toUpperCase(Locale.ROOT)) ? null
                    : "'" + value + "' is not an ISO 3166-1 country code such as EE or PL";
            case REGION -> Regions.table().isKnown(value.toUpperCase(Locale.ROOT)) ? null
                    : "'" + value + "' is not a known ISO 3166-2 region code such as EE-37 or PL-LU";
            case YEAR -> value.matches("\\d{4}") ? null : "must be a year such as 2024, not '" + value + "'";
            case ORGANISATION -> value.matches("\\d{1,18}") ? null : "must be an organisation id, not '" + value + "'";
            case BUDGET -> BudgetBand.of(value.toLowerCase(Locale.ROOT)).isPresent() ? null
                    : "must be one of " + codes(BudgetBand.values()) + ", not '" + value + "'";
            case STATUS -> statusCodes().contains(value.toLowerCase(Locale.ROOT)) ? null
                    : "must be one of " + String.join(", ", statusCodes()) + ", not '" + value + "'";
            case ROLE -> Codes.parse(PartnerRole.class, value)
                    .isPresent() ? null : "must be one of " + Codes.list(
                            PartnerRole.class) + ", not '" + value + "'";
            case EVENT_TYPE -> Codes.parse(EventType.class, value)
                    .isPresent() ? null : "must be one of " + Codes.list(
                            EventType.class) + ", not '" + value + "'";
            default -> null;
        };
    }

    /** Role and event type codes as the index holds them: {@code Lead-Partner} is {@code lead_partner}. */
    private static String normalised(Facet facet, String value) {
        return switch (facet) {
            case ROLE -> Codes.parse(PartnerRole.class, value).map(Codes::of).orElse(value);
            case EVENT_TYPE -> Codes.parse(EventType.class, value).map(Codes::of).orElse(value);
            case STATUS, BUDGET -> value.toLowerCase(Locale.ROOT);
            case COUNTRY, REGION -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    static List<String> statusCodes() {
        return Arrays.stream(ProjectStatus.values()).map(Codes::of).toList();
    }

    private static String codes(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }
}
