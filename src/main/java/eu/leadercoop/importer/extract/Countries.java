package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Country names in et, pl and en with their inflected forms, as word stems mapped to ISO 3166 codes:
 * {@code Rumeenias}, {@code Rumunii}, {@code Romania} are all RO. A stem matches at the start of a word.
 */
final class Countries {

    private record Stem(String stem, String code) {
    }

    private static final List<Stem> STEMS = new ArrayList<>();

    static {
        add("RO", "rumeenia", "rumuni", "romania");
        add("FI", "soome", "finlandi", "finland");
        add("LV", "läti", "łotw", "latvia");
        add("LT", "leedu", "litw", "lithuania", "litwa");
        add("SE", "rootsi", "szwecj", "sweden");
        add("PL", "poola", "polsce", "polska", "poland");
        add("DE", "saksamaa", "niemczech", "niemiec", "germany");
        add("EE", "eestis", "eestisse", "eestist", "eestimaal", "estoni");
        add("CZ", "tšehhi", "tsehhi", "czech");
        add("SK", "slovakkia", "słowacj", "slovakia");
        add("HU", "ungari", "węgrzech", "węgier", "hungary");
        add("AT", "austria", "austrii");
        add("IT", "itaalia", "włoszech", "włoch", "italy");
        add("ES", "hispaania", "hiszpani", "spain");
        add("PT", "portugali", "portugalii", "portugal");
        add("FR", "prantsusmaa", "francj", "france");
        add("IE", "iirimaa", "irlandi", "ireland");
        add("NL", "hollandi", "holandi", "madalmaad", "madalmaade", "niderland", "netherlands");
        add("BE", "belgia", "belgii", "belgium");
        add("DK", "taani", "danii", "dania", "denmark");
        add("NO", "norra", "norwegi", "norway");
        add("IS", "islandi", "islandii", "iceland");
        add("GR", "kreeka", "grecj", "greece");
        add("HR", "horvaatia", "chorwacj", "croatia");
        add("SI", "sloveenia", "słoweni", "slovenia");
        add("BG", "bulgaaria", "bułgari", "bulgaria");
        add("UA", "ukraina", "ukrainie", "ukrainy", "ukraine");
        add("GE", "gruusia", "gruzj", "georgia");
        add("GB", "šotimaa", "šotimaa", "inglismaa", "suurbritannia", "szkocj", "anglii", "wielkiej brytanii",
                "scotland", "england", "united kingdom");
        add("LU", "luksemburg", "luxembourg");
        add("CY", "küpros", "cypr", "cyprus");
        add("MT", "malta", "malcie");
        add("MD", "moldova", "mołdawi");
        STEMS.sort((a, b) -> Integer.compare(b.stem().length(), a.stem().length()));
    }

    private static void add(String code, String... stems) {
        for (String s : stems) {
            STEMS.add(new Stem(s, code));
        }
    }

    private Countries() {
    }

    /** ISO 3166 code of the first country named in a lower-cased text, or null. */
    static String first(String lower) {
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(lower.charAt(i)) || (i > 0 && Character.isLetter(lower.charAt(i - 1)))) {
                continue;
            }
            for (Stem s : STEMS) {
                if (lower.startsWith(s.stem(), i)) {
                    return s.code();
                }
            }
        }
        return null;
    }
}
