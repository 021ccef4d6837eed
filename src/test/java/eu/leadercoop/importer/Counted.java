package eu.leadercoop.importer;

import eu.leadercoop.importer.ExtractedProject.Commitment;

/** A commitment's three contract keys (count, first event type, distinct regions), for compact expectations. */
public record Counted(int minCount, String eventType, boolean distinctRegions) {

    public static Counted of(Commitment c) {
        return c == null ? null : new Counted(c.minCount(), c.eventType(), c.distinctRegions());
    }
}
