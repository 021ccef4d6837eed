package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Funding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole project record as submitted: by the JSON API, a form, the importer or the example data.
 * Everything is as the sender wrote it (dates as EDTF or as people write them, enum values as codes,
 * organisations by id or by any of their names); {@link Projects#create} checks it and either saves all
 * of it or reports every problem by field ({@link InvalidDraftException}).
 *
 * <p>Activities may carry a {@code key} so that events can say which activity they deliver.
 * Partners, activities, media and contacts name their partner organisation by any known name.
 */
public record ProjectDraft(
        String language,
        Map<String, String> titles,
        String referenceNumber,
        String localCode,
        DateText period,
        String summary,
        List<String> targetGroups,
        String website,
        Funding funding,
        Amount partnersTotal,
        List<Partner> partners,
        List<String> goals,
        List<Result> expectedResults,
        List<ActivityDraft> activities,
        List<EventDraft> events,
        List<Media> media,
        List<ContactDraft> contacts,
        List<SourceDraft> sources,
        String publicationState) {

    /** A date or range: {@code start}/{@code end} as EDTF or as written; {@code as_written} kept for display. */
    public record DateText(String start, String end, String asWritten) {
    }

    public record Amount(BigDecimal amount, String currency) {
    }

    public record Partner(
            Long organisationId,
            String organisation,
            String role,
            String joined,
            String left,
            String asWritten,
            Budget budget) {
    }

    public record Budget(BigDecimal cost, BigDecimal grant, BigDecimal ownContribution, String currency) {
    }

    public record Result(String text, BigDecimal target, String unit, Boolean approximate, BigDecimal achieved) {
    }

    public record ActivityDraft(String key, String label, String partner, String text, List<CommitmentDraft> commitments) {
    }

    public record CommitmentDraft(
            Integer minCount,
            List<String> eventTypes,
            Boolean distinctRegions,
            Boolean physicalOnly,
            String deadline,
            String asWritten) {
    }

    public record EventDraft(
            DateText date,
            String title,
            String type,
            String place,
            String country,
            String region,
            Integer participants,
            String description,
            List<String> organisers,
            String activity) {
    }

    public record Media(String date, String asWritten, String title, String outlet, String url, String partner) {
    }

    public record ContactDraft(String name, String email, String phone, String partner) {
    }

    public record SourceDraft(String publisher, String reference, String language, String periodAsWritten, String remarks) {
    }
}
