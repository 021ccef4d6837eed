package eu.leadercoop.importer.extract;

import java.util.List;

/**
 * The importer's door to the registry's partial-date parser ({@code eu.leadercoop.registry.time}): the only
 * class here that knows its API. Nothing in the importer parses dates by itself.
 */
final class Dates {

    private Dates() {
    }

    /** The whole text as one date or range ({@code jaanuar 2024 – juuni 2025}), or null. */
    static DateHit parseRange(String text) {
        return null;
    }

    /** A date or range that begins the line ({@code 4.-7.06 2024 Osalemine ...}), or null. */
    static DateHit atStart(String line) {
        return null;
    }

    /** Every date or range in a text, in order. */
    static List<DateHit> findAll(String text) {
        return List.of();
    }
}
