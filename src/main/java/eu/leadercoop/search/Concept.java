package eu.leadercoop.search;

import java.util.List;
import java.util.Map;

/**
 * One concept of the {@link Thesaurus}: the same thing named in several languages ({@code study trip},
 * {@code õppereis}, {@code wyjazd studyjny}, {@code pieredzes apmaiņas brauciens} ...).
 *
 * @param id     stable identifier, used in the index and in URLs ({@code theme-smart-villages})
 * @param group  what kind of thing it is
 * @param code   the registry's code it stands for, when there is one: an ISO 3166-1 country code
 *               ({@code EE}), an ISO 3166-2 region code ({@code EE-37}) or an event type's name
 *               ({@code STUDY_TRIP}); else null
 * @param source where the terms come from (a glossary, the CAP Network's thematic areas ...)
 * @param terms  the terms per language code, base forms, the first one the label
 */
public record Concept(String id, ConceptGroup group, String code, String source, Map<String, List<String>> terms) {

    public Concept {
        terms = Map.copyOf(terms);
    }

    /**
     * The name to show in {@code language}: its first term there, else the English one, else any.
     */
    public String label(String language) {
        List<String> own = terms.get(language);
        if (own != null && !own.isEmpty()) {
            return own.getFirst();
        }
        List<String> english = terms.get("en");
        if (english != null && !english.isEmpty()) {
            return english.getFirst();
        }
        return terms.values().stream().filter(t -> !t.isEmpty()).map(List::getFirst).findFirst().orElse(id);
    }
}
