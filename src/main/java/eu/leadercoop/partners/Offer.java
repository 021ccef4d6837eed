package eu.leadercoop.partners;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cooperation offer as pages and the API show it. {@code status} is {@code open} (replies accepted),
 * {@code expired} (its reply deadline has passed) or {@code project} (it has become the draft project
 * {@code projectId}); only open offers are listed.
 */
public record Offer(
        long id,
        long version,
        OrganisationRef organisation,
        String language,
        String title,
        String description,
        List<String> themes,
        List<String> wantedCountries,
        List<String> wantedKinds,
        List<String> languagesSpoken,
        Period period,
        Budget budget,
        LocalDate replyDeadline,
        Contact contact,
        String status,
        Long projectId,
        Instant createdAt) {

    public static final String OPEN = "open";
    public static final String EXPIRED = "expired";
    public static final String PROJECT = "project";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** An organisation named in an offer or a reply; country null when unknown. */
    public record OrganisationRef(long id, String name, String country) {
    }

    /** The planned period as EDTF strings. */
    public record Period(String start, String end) {
    }

    public record Budget(BigDecimal min, BigDecimal max, String currency) {
    }

    public record Contact(String name, String email, String phone) {
    }
}
