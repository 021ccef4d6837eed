package eu.leadercoop.registry;

/**
 * Published (synchronously, inside the merge's transaction) when a duplicate organisation was merged
 * into another: whatever other modules keep about {@code duplicateId} (members, invitations) moves to
 * {@code survivorId} before the duplicate is deleted.
 */
public record OrganisationsMerged(long survivorId, long duplicateId) {
}
