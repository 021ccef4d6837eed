package eu.leadercoop.search.index;

import java.util.Map;

/**
 * What each kind of organisation is called in Estonian, Polish and English, indexed beside its names so
 * that a search in one language finds the kind in any country ({@code lokalna grupa działania} and
 * {@code LGD} find Estonian and Finnish LAGs). Index vocabulary, not page text: pages take their labels from
 * the message files.
 */
final class KindWords {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "lag", Map.of("et", "kohalik tegevusrühm LEADER tegevusgrupp koostöökogu",
                    "pl", "lokalna grupa działania LGD LEADER", "en", "local action group LAG LEADER"),
            "flag", Map.of("et", "kalanduse algatusrühm kalandusrühm",
                    "pl", "lokalna grupa rybacka LGR rybactwo", "en", "fisheries local action group FLAG fisheries"),
            "network", Map.of("et", "võrgustik liit", "pl", "sieć związek", "en", "network union"),
            "municipality", Map.of("et", "vald linn omavalitsus", "pl", "gmina miasto samorząd", "en", "municipality town"),
            "local_government", Map.of("et", "omavalitsus maakond", "pl", "samorząd powiat", "en", "local government county"),
            "ngo", Map.of("et", "mittetulundusühing ühendus", "pl", "stowarzyszenie organizacja pozarządowa",
                    "en", "non-governmental organisation association NGO"),
            "foundation", Map.of("et", "sihtasutus", "pl", "fundacja", "en", "foundation"),
            "public_body", Map.of("et", "avalik asutus", "pl", "instytucja publiczna", "en", "public body"));

    private KindWords() {
    }

    /** The words for {@code kind} in {@code lang}, or an empty text. */
    static String of(String kind, String lang) {
        return WORDS.getOrDefault(kind, Map.of()).getOrDefault(lang, "");
    }
}
