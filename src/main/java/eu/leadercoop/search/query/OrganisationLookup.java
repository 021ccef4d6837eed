package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.search.OrganisationSuggestion;
import eu.leadercoop.search.index.OrganisationFields;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Organisations from their index: names for facet labels, and typeahead over names and aliases. */
public final class OrganisationLookup {

    private final SearchSession session;

    public OrganisationLookup(SearchSession session) {
        this.session = session;
    }

    /** An organisation's canonical name and country. */
    public record Named(String name, String country) {
    }

    /** Canonical names of these organisation ids (as strings, the way facets carry them). */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        find(ids).forEach((id, named) -> names.put(id, named.name()));
        return names;
    }

    /** Name and country of each of these organisation ids that exists. */
    public Map<String, Named> find(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> keys = ids.stream().map(Long::valueOf).collect(Collectors.toList());
        Map<String, Named> found = new HashMap<>();
        session.search(Organisation.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(OrganisationFields.NAME, String.class),
                        f.field(OrganisationFields.COUNTRY, String.class)).asList())
                .where(f -> f.id().matchingAny(keys))
                .fetchHits(keys.size())
                .forEach(row -> found.put(String.valueOf(row.get(0)), new Named((String) row.get(1), (String) row.get(2))));
        return found;
    }

    static final int MAX_WORDS = 10;
    static final int MAX_WORD = 50;

    /**
     * Organisations whose canonical name or an alias has words starting with each word typed, in any
     * case and with or without diacritics ({@code ida harj} finds MTÜ Ida-Harju Koostöökoda). A whole
     * word matching counts more than a prefix, the canonical name more than an alias.
     */
    public List<OrganisationSuggestion> suggest(String typed, int limit) {
        // bounded work whatever is typed: no name has more than ten words or words longer than 50 letters
        String[] words = Arrays.stream(typed.strip().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w).toArray(String[]::new);
        String prefixes = Arrays.stream(words).filter(w -> !w.isEmpty()).map(w -> w + "*").collect(Collectors.joining(" "));
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return session.search(Organisation.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(OrganisationFields.NAME, String.class),
                        f.field(OrganisationFields.ALIAS, String.class).multi(),
                        f.field(OrganisationFields.COUNTRY, String.class), f.field(OrganisationFields.REGION, String.class)).asList())
                .where(f -> f.bool()
                        .must(f.simpleQueryString().field(OrganisationFields.NAME).boost(2f).field(OrganisationFields.ALIAS)
                                .matching(prefixes).defaultOperator(BooleanOperator.AND))
                        .should(f.simpleQueryString().field(OrganisationFields.NAME).boost(2f).field(OrganisationFields.ALIAS)
                                .matching(String.join(" ", words)).defaultOperator(BooleanOperator.AND)))
                .sort(f -> f.score().then().field(OrganisationFields.COUNTRY))
                .fetchHits(limit)
                .stream()
                .map(row -> suggestion(row, words))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static OrganisationSuggestion suggestion(List<?> row, String[] words) {
        String name = (String) row.get(1);
        List<String> aliases = (List<String>) row.get(2);
        String matchedAlias = startsAll(name, words) ? null
                : aliases.stream().filter(a -> startsAll(a, words)).findFirst().orElse(null);
        return new OrganisationSuggestion((Long) row.get(0), name, matchedAlias, (String) row.get(3), (String) row.get(4));
    }

    /** Whether every typed word begins some word of {@code name}, ignoring case and diacritics. */
    private static boolean startsAll(String name, String[] words) {
        List<String> nameWords = Arrays.asList(fold(name).split("[^\\p{L}\\p{N}]+"));
        return Arrays.stream(words).filter(w -> !w.isEmpty())
                .allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(fold(w))));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replace('ł', 'l');
    }
}
