package eu.leadercoop.registry;

import java.util.List;

/**
 * What loading one {@link OrganisationListing} does, or did.
 *
 * @param index          the listing's position in the list handed over (from 0)
 * @param organisationId the organisation it is, or will be (null: a new one not saved yet)
 * @param changed        the fields it changes ({@code website}, {@code aliases}, ...), empty when unchanged
 * @param keptEdits      the fields where the list says something else than a person has since entered; the
 *                       person's value stays
 */
public record ListingOutcome(int index, String directoryId, String name, Status status, Long organisationId,
        List<String> changed, List<String> keptEdits) {

    public enum Status {
        /** No organisation matched: one is added. */
        NEW,
        /** An organisation matched and some of its fields change. */
        UPDATED,
        /** An organisation matched and nothing changes. */
        UNCHANGED
    }
}
