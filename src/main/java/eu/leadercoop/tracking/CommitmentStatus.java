package eu.leadercoop.tracking;

import eu.leadercoop.registry.time.PartialDate;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment on a day: its status, the counts behind it, each relevant event and what it does for the
 * commitment, and the reason in words as {@link Phrase}s ({@link TrackingTexts#reason} says it in et, pl or
 * en).
 *
 * @param scope         {@code joint}, or {@code partner} for one partner's additional activity
 * @param held          counted events held by the day asked about (may exceed {@code minCount})
 * @param planned       counted events dated later but before the deadline
 * @param missing       {@code minCount - held}, at least 0
 * @param deadline      the last day events may start, null when neither commitment nor project says
 * @param daysLeft      days from the day asked about to the deadline (negative once passed), null without one
 * @param regionsUsed   for distinct-regions commitments, the regions of the held events; else empty
 * @param events        the events recorded against the activity, and others of an accepted type that could be
 * @param reason        the status in words, part by part
 * @param problems      numbers that cannot be met whatever happens (e.g. more regions than the project has);
 *                      empty for a sound commitment
 */
public record CommitmentStatus(
        long commitmentId,
        long activityId,
        String activityLabel,
        String scope,
        Long organisationId,
        String partner,
        String asWritten,
        int minCount,
        List<String> eventTypes,
        boolean distinctRegions,
        boolean physicalOnly,
        Status status,
        int held,
        int planned,
        int missing,
        LocalDate deadline,
        DeadlineSource deadlineSource,
        Long daysLeft,
        List<Place> regionsUsed,
        List<EventMatch> events,
        List<Phrase> reason,
        List<Phrase> problems) {

    /** This status with its reason and problems in words. */
    public CommitmentStatus explained(List<Phrase> reason, List<Phrase> problems) {
        return new CommitmentStatus(commitmentId, activityId, activityLabel, scope, organisationId, partner, asWritten,
                minCount, eventTypes, distinctRegions, physicalOnly, status, held, planned, missing, deadline,
                deadlineSource, daysLeft, regionsUsed, events, List.copyOf(reason), List.copyOf(problems));
    }

    /**
     * One event as the commitment sees it.
     *
     * @param place the region it counts in (distinct-regions commitments, counted events only), else null
     */
    public record EventMatch(long eventId, String title, String type, PartialDate start, PartialDate end, EventUse use,
            Place place) {
    }
}
