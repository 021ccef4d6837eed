package eu.leadercoop.partners;

import java.time.Instant;

/**
 * A reply to an offer: the organisation interested, its message and the offering organisation's
 * answer; {@code status} is {@code open}, {@code joined} or {@code declined}.
 */
public record OfferReplyDetails(long id, long offerId, Offer.OrganisationRef organisation, String message, String status,
        String answer, Instant createdAt, Instant answeredAt) {
}
