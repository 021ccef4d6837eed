package eu.leadercoop.importer.match;

import java.util.List;

/**
 * What a written name was matched to.
 *
 * @param written      the name as the text wrote it
 * @param status       {@code MATCHED}: one organisation fits; {@code AMBIGUOUS}: several fit equally, a person
 *                     picks; {@code NEW}: none fits, the name is proposed as a new organisation
 * @param match        the organisation it means when {@code MATCHED}, else null
 * @param score        how alike the written name and the closest spelling of {@code match} are (1 for the same
 *                     key), 0 when not matched
 * @param alternatives other organisations with a similar name, best first, for a person to pick from
 */
public record OrganisationMatch(String written, Status status, KnownOrganisation match, double score,
                                List<Scored> alternatives) {

    public enum Status { MATCHED, AMBIGUOUS, NEW }

    /** An organisation and how alike its closest spelling is to the written name. */
    public record Scored(KnownOrganisation organisation, double score) {
    }

    public Long organisationId() {
        return match == null ? null : match.id();
    }

    /** True when the written name is already one of the organisation's spellings (same key). */
    public boolean exact() {
        return status == Status.MATCHED && score >= 1.0;
    }
}
