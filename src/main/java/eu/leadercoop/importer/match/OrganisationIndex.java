package eu.leadercoop.importer.match;

import eu.leadercoop.registry.model.OrganisationNames;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of the registry, prepared for matching names written in imported texts: first by the
 * registry's exact key (any spelling once seen), then by {@link NameSimilarity} against every name and alias.
 * Built once per import from a snapshot; immutable and safe to share.
 */
public final class OrganisationIndex {

    /** Names this alike are offered as alternatives to pick from, though not matched by themselves. */
    static final double SUGGEST = 0.9;
    /** Two organisations whose best scores are this close are too close to choose between. */
    static final double TIE = 0.005;
    private static final int MAX_ALTERNATIVES = 3;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private record Spelling(KnownOrganisation organisation, String key, List<String> words) {
    }

    private final List<KnownOrganisation> organisations;
    private final Map<String, List<KnownOrganisation>> byKey = new HashMap<>();
    private final List<Spelling> spellings = new ArrayList<>();

    public OrganisationIndex(List<KnownOrganisation> organisations) {
        this.organisations = List.copyOf(organisations);
        for (KnownOrganisation o : organisations) {
            List<String> names = new ArrayList<>();
            names.add(o.name());
            names.addAll(o.aliases());
            for (String name : names) {
                String key = OrganisationNames.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                List<KnownOrganisation> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!same.contains(o)) {
                    same.add(o);
                }
                spellings.add(new Spelling(o, key, NameSimilarity.words(name)));
            }
        }
    }

    public List<KnownOrganisation> organisations() {
        return organisations;
    }

    public java.util.Optional<KnownOrganisation> byId(long id) {
        return organisations.stream().filter(o -> o.id() == id).findFirst();
    }

    /** The organisation {@code written} means, if one fits. */
    public OrganisationMatch match(String written) {
        String key = OrganisationNames.key(written);
        if (key.isEmpty()) {
            return new OrganisationMatch(written, OrganisationMatch.Status.NEW, null, 0, List.of());
        }
        List<OrganisationMatch.Scored> ranked = rank(key, NameSimilarity.words(written));
        List<KnownOrganisation> exact = byKey.getOrDefault(key, List.of());
        if (exact.size() == 1) {
            return new OrganisationMatch(written, OrganisationMatch.Status.MATCHED, exact.get(0), 1.0,
                    alternatives(ranked, exact.get(0)));
        }
        if (exact.size() > 1) {
            return new OrganisationMatch(written, OrganisationMatch.Status.AMBIGUOUS, null, 0, ranked);
        }
        List<OrganisationMatch.Scored> fitting = ranked.stream().filter(s -> s.score() >= NameSimilarity.SIMILAR_WORD).toList();
        if (fitting.isEmpty()) {
            return new OrganisationMatch(written, OrganisationMatch.Status.NEW, null, 0, ranked);
        }
        if (fitting.size() > 1 && fitting.get(0).score() - fitting.get(1).score() < TIE) {
            return new OrganisationMatch(written, OrganisationMatch.Status.AMBIGUOUS, null, 0, ranked);
        }
        OrganisationMatch.Scored best = fitting.get(0);
        return new OrganisationMatch(written, OrganisationMatch.Status.MATCHED, best.organisation(), best.score(),
                alternatives(ranked, best.organisation()));
    }

    /**
     * Organisations by their best spelling's score, best first: the word-by-word similarity where the words pair
     * up, else the Jaro-Winkler similarity of the whole keys (only to suggest, never to match).
     */
    private List<OrganisationMatch.Scored> rank(String key, List<String> words) {
        Map<KnownOrganisation, Double> best = new LinkedHashMap<>();
        for (Spelling s : spellings) {
            double score = s.key().equals(key) ? 1.0 : NameSimilarity.similarity(words, s.words());
            if (score == 0) {
                double whole = JARO_WINKLER.apply(key, s.key());
                score = whole >= SUGGEST ? Math.min(whole, NameSimilarity.SIMILAR_WORD - 0.01) : 0;
            }
            if (score > 0) {
                best.merge(s.organisation(), score, Math::max);
            }
        }
        return best.entrySet().stream()
                .map(e -> new OrganisationMatch.Scored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(OrganisationMatch.Scored::score).reversed()
                        .thenComparing(s -> s.organisation().name()))
                .toList();
    }

    private static List<OrganisationMatch.Scored> alternatives(List<OrganisationMatch.Scored> ranked, KnownOrganisation chosen) {
        return ranked.stream().filter(s -> !s.organisation().equals(chosen)).limit(MAX_ALTERNATIVES).toList();
    }
}
