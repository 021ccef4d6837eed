package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a project record says, as one immutable tree: what the project page shows, the JSON API
 * returns and reports print. Enum values are lower snake case codes ({@code lead_partner}); dates are
 * partial dates with the source's wording beside them.
 */
public record ProjectDetails(
        long id,
        String language,
        String title,
        Map<String, String> titles,
        String referenceNumber,
        String localCode,
        Period period,
        String status,
        String publicationState,
        String summary,
        List<String> targetGroups,
        String website,
        Funding funding,
        Budget budget,
        List<Partner> partners,
        List<String> goals,
        List<Result> expectedResults,
        List<Activity> activities,
        List<Event> events,
        List<Media> media,
        List<Contact> contacts,
        List<Source> sources,
        long version,
        Instant updatedAt,
        List<Theme> themes) {

    /**
     * A theme the project's texts are about, from the LEADER thesaurus ({@link ProjectThemes}): its concept
     * id and its name in the reader's language. Derived, never edited.
     */
    public record Theme(String id, String label) {
    }

    public record Period(PartialDate start, PartialDate end, String asWritten) {
    }

    public record Partner(
            long organisationId,
            String name,
            String nameAsWritten,
            String role,
            PartialDate joined,
            PartialDate left,
            String kind,
            String country,
            String region) {
    }

    /** All partners' budget and each partner's line; {@code warnings} name figures that do not add up. */
    public record Budget(Money partnersTotal, Money total, List<Line> lines, List<BudgetWarning> warnings) {
    }

    /**
     * A money rule the stated figures break. {@code code} is {@code sum_differs} (amounts: grant, own
     * contribution, their sum, cost), {@code grant_above_cost} (grant, cost) or
     * {@code partners_above_total} (partners' costs, all partners' budget); {@code message} says it in
     * English.
     */
    public record BudgetWarning(String code, String organisation, List<BigDecimal> amounts, String currency, String message) {
    }

    /**
     * One partner's money. {@code own_contribution_derived} is true when the source did not state the
     * own contribution and it is shown as cost minus grant.
     */
    public record Line(
            long organisationId,
            String organisation,
            BigDecimal cost,
            BigDecimal grant,
            BigDecimal ownContribution,
            boolean ownContributionDerived,
            String currency,
            BigDecimal grantRate,
            BigDecimal discrepancy) {
    }

    public record Result(String text, BigDecimal target, String unit, boolean approximate, BigDecimal achieved,
            BigDecimal percentAchieved) {
    }

    public record Activity(
            long id,
            String label,
            int depth,
            String scope,
            Long organisationId,
            String partner,
            String text,
            List<Commitment> commitments) {
    }

    public record Commitment(
            long id,
            int minCount,
            List<String> eventTypes,
            boolean distinctRegions,
            boolean physicalOnly,
            PartialDate deadline,
            String asWritten) {
    }

    public record Event(
            long id,
            String type,
            String title,
            PartialDate start,
            PartialDate end,
            String dateAsWritten,
            String place,
            String country,
            String region,
            Integer participants,
            String description,
            List<OrganisationRef> organisers,
            Long activityId) {
    }

    public record Media(PartialDate date, String dateAsWritten, String title, String outlet, String url,
            Long organisationId, String organisation) {
    }

    public record Contact(String name, String email, String phone, Long organisationId, String organisation) {
    }

    public record Source(Long publisherId, String publisher, String reference, String language,
            String periodAsWritten, String remarks) {
    }

    public record OrganisationRef(long id, String name) {
    }
}
