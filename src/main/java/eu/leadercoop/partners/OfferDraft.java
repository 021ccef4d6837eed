package eu.leadercoop.partners;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cooperation offer as its editor submits it (JSON API or form): which organisation offers it, in which
 * of the site's languages it is written, what it is about and whom it looks for. Countries are ISO 3166
 * codes, kinds the organisation kind codes of DESIGN.md ({@code lag}, {@code flag}, ...), languages
 * spoken ISO 639-1 codes, the period partial dates (EDTF such as {@code 2025-03}, or as people write
 * them), the reply deadline a day ({@code 2025-01-31}).
 */
public record OfferDraft(
        Long organisationId,
        String language,
        String title,
        String description,
        List<String> themes,
        List<String> wantedCountries,
        List<String> wantedKinds,
        List<String> languagesSpoken,
        String periodStart,
        String periodEnd,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        String budgetCurrency,
        String replyDeadline,
        String contactName,
        String contactEmail,
        String contactPhone) {
}
