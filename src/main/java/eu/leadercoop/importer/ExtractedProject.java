package eu.leadercoop.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A draft project record read out of one document: the JSON contract "Extraction" of DESIGN.md.
 *
 * <p>Every key is always present (null or empty when the text does not state it), so that a reviewer and
 * the phase-2 merge see the same shape for every document. Dates are EDTF strings ({@code 2024-01},
 * {@code 2024-06-04}, {@code 2025-21} for spring); money is {@link BigDecimal} with two decimals and an
 * ISO 4217 currency. {@link #fields()} tells, per field, how sure the reader is and where in the text
 * ({@code [start, end)} character offsets of the document text) the value was read, so the import page
 * can highlight it. {@code summary} (the description prose, not in the contract's minimum), {@code warnings}
 * (amounts that do not add up, dates not read, text placed nowhere, a page in another language) and
 * {@code local_code} (the LAG's own number for the project, such as the call number {@code 2021/1} before the
 * title) extend the contract.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"source", "language", "title", "reference_number", "local_code", "period", "partners", "budget", "funding",
        "target_groups", "goals", "expected_results", "activities", "events", "media", "contacts", "website",
        "summary", "fields", "warnings"})
public record ExtractedProject(
        String source,
        String language,
        String title,
        @JsonProperty("reference_number") String referenceNumber,
        DateSpan period,
        List<Partner> partners,
        Budget budget,
        Funding funding,
        @JsonProperty("target_groups") List<String> targetGroups,
        List<String> goals,
        @JsonProperty("expected_results") List<ExpectedResult> expectedResults,
        List<Activity> activities,
        List<Event> events,
        List<MediaItem> media,
        List<Contact> contacts,
        String website,
        String summary,
        Map<String, FieldMark> fields,
        List<String> warnings,
        @JsonProperty("local_code") String localCode) implements ExtractionOutcome {

    /** Partner roles as written in the JSON contract. */
    public static final String LEAD_PARTNER = "lead_partner";
    public static final String APPLICANT = "applicant";
    public static final String PARTNER = "partner";
    public static final String NETWORK_PARTNER = "network_partner";

    /** The warning of a text that does not look Estonian, Polish or English (the review page says it in its own words). */
    public static final String OTHER_LANGUAGE_WARNING =
            "The language of the text could not be told (the importer reads Estonian, Polish, English, Latvian, Lithuanian, "
                    + "Finnish, Swedish, German, French and Czech): check every field, and choose the language of the record.";

    /** Activity scopes: the whole partnership's, or one partner's additional activity. */
    public static final String JOINT = "joint";
    public static final String PARTNER_SCOPE = "partner";

    /**
     * A partial-date range as EDTF strings, with the text it was read from.
     *
     * @param start     EDTF start ({@code 2024-01}); null when not read
     * @param end       EDTF end; equal to start for a single date
     * @param asWritten the words of the source
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "as_written"})
    public record DateSpan(String start, String end, @JsonProperty("as_written") String asWritten) {
    }

    /**
     * One partner organisation.
     *
     * @param name           the name as written, without role words (legal form kept)
     * @param role           {@code lead_partner}, {@code applicant}, {@code partner} or {@code network_partner}
     * @param organisationId the registry organisation the name means, where organisation matching found exactly
     *                       one ({@code POST /api/extract}); null from the {@code extract} command, which does not
     *                       read the database
     * @param asWritten      the list item exactly as in the source, role words included
     * @param joined         EDTF date the partner joined a running project, when the text says so
     *                       ({@code Kodukant Läänemaa liitus koostööprojektiga} in a news item of 01.03.2024)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"name", "role", "organisation_id", "as_written", "joined"})
    public record Partner(String name, String role, @JsonProperty("organisation_id") Long organisationId,
                          @JsonProperty("as_written") String asWritten, String joined) {

        /** A partner of the project from its start (or no join date stated). */
        public Partner(String name, String role, Long organisationId, String asWritten) {
            this(name, role, organisationId, asWritten, null);
        }

        /** The same partner matched to a registry organisation. */
        public Partner withOrganisationId(Long id) {
            return new Partner(name, role, id, asWritten, joined);
        }
    }

    /**
     * Money figures as stated. Never corrected: when grant + own contribution differs from cost the figures
     * stay as written and {@code warnings} says so.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"partners_total", "cost", "grant", "own_contribution", "currency", "warnings"})
    public record Budget(@JsonProperty("partners_total") BigDecimal partnersTotal, BigDecimal cost, BigDecimal grant,
                         @JsonProperty("own_contribution") BigDecimal ownContribution, String currency,
                         List<String> warnings) {
    }

    /** Where the money comes from: programme (PROW, MAK, a LAG strategy...), measure, priority, objective. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"programme", "measure", "priority", "objective"})
    public record Funding(String programme, String measure, String priority, String objective) {
    }

    /**
     * An expected result; target and unit when the text gives a number ({@code ca 200 inimest}), approximate
     * when the text rounds it ("ca", "około", "about").
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"text", "target", "unit", "approximate"})
    public record ExpectedResult(String text, BigDecimal target, String unit, boolean approximate) {

        /** A result stated exactly, or without a figure. */
        public ExpectedResult(String text, BigDecimal target, String unit) {
            this(text, target, unit, false);
        }
    }

    /**
     * A planned activity.
     *
     * @param text        the activity as written, without its number
     * @param scope       {@code joint} or {@code partner}
     * @param partner     for a partner's additional activity, the partner as named in the heading
     * @param commitment  what the activity promises, when it says how many events of which kind: the first of
     *                    {@code commitments} (the contract's key)
     * @param label       its number in the list ({@code 1}, {@code 2.1}); null for bullets and prose
     * @param commitments every promise the activity makes ("Vähemalt 2 välisõppereisi ja 4 seminari" makes two)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"text", "scope", "partner", "commitment", "label", "commitments"})
    public record Activity(String text, String scope, String partner, Commitment commitment, String label,
                           List<Commitment> commitments) {

        /** An activity with its commitments; the first is the contract's {@code commitment}. */
        public static Activity of(String text, String scope, String partner, List<Commitment> commitments, String label) {
            return new Activity(text, scope, partner, commitments.isEmpty() ? null : commitments.get(0), label,
                    List.copyOf(commitments));
        }
    }

    /**
     * "At least three meetings in different project regions": min_count 3, meeting, distinct regions.
     *
     * @param eventType    the first kind of event named (the contract's key)
     * @param eventTypes   every kind named as counting ("õppereisi, kohtumise või seminari": study trip, meeting,
     *                     seminar); every kind the registry has for a plain "events" ("vähemalt kaks üritust")
     * @param physicalOnly the events must be held in person ("füüsilise koostööseminari")
     * @param asWritten    the words the commitment was read from
     * @param deadline     EDTF date by which the events are promised ("2022 kevadeks", "by June 2025"); null when
     *                     the text gives none (the project's end)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"min_count", "event_type", "distinct_regions", "event_types", "physical_only", "as_written",
            "deadline"})
    public record Commitment(@JsonProperty("min_count") int minCount, @JsonProperty("event_type") String eventType,
                             @JsonProperty("distinct_regions") boolean distinctRegions,
                             @JsonProperty("event_types") List<String> eventTypes,
                             @JsonProperty("physical_only") boolean physicalOnly,
                             @JsonProperty("as_written") String asWritten,
                             String deadline) {
    }

    /** An event line: date range, title, type from the event vocabulary, ISO 3166 country when named. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"date", "title", "type", "country"})
    public record Event(DateSpan date, String title, String type, String country) {
    }

    /** A media item: EDTF date (and the date as written), title, and the link when the source has one. */
    @JsonPropertyOrder({"date", "title", "link", "as_written"})
    public record MediaItem(@JsonInclude(JsonInclude.Include.ALWAYS) String date,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String title,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String link,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("as_written") String asWritten) {
    }

    /** A contact person or address; any part may be null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"name", "email", "phone"})
    public record Contact(String name, String email, String phone) {
    }

    /**
     * How sure the reader is of one field and where it read it.
     *
     * @param confidence 0..1: about 0.9 for a labelled value, lower for a guess from layout or context
     * @param span       {@code [start, end)} character offsets in the document text
     */
    @JsonPropertyOrder({"confidence", "span"})
    public record FieldMark(double confidence, List<Integer> span) {

        public static FieldMark of(double confidence, int start, int end) {
            return new FieldMark(confidence, List.of(start, end));
        }
    }
}
