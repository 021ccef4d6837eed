package eu.leadercoop.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of {@link Concept} the thesaurus holds; themes make the search's theme facet. */
public enum ConceptGroup {
    /** An event type; its code is the registry's {@code EventType} name. */
    EVENT,
    ACTIVITY,
    THEME,
    ACTOR,
    FUNDING,
    /** A country; its code is ISO 3166-1 alpha-2. */
    COUNTRY,
    /** A region; its code is ISO 3166-2. */
    REGION;

    /** The name in the thesaurus file: {@code theme}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConceptGroup> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
    }
}
