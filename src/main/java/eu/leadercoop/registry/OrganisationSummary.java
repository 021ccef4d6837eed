package eu.leadercoop.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as lists show it; {@code version} is what an edit of it must name.
 *
 * @param directoryId the record of the LAG directory it is ({@code ee/arenduskoda}), or null
 * @param source      the public address the directory's facts about it come from, or null
 * @param sourceDate  the date of that source
 */
public record OrganisationSummary(
        long id,
        String name,
        List<String> aliases,
        String legalForm,
        String kind,
        String country,
        String region,
        String website,
        int projectCount,
        long version,
        String email,
        String phone,
        List<String> regions,
        String territory,
        List<String> periods,
        String directoryId,
        String source,
        LocalDate sourceDate) {

    /** A summary without the details a directory adds. */
    public OrganisationSummary(long id, String name, List<String> aliases, String legalForm, String kind, String country,
            String region, String website, int projectCount, long version) {
        this(id, name, aliases, legalForm, kind, country, region, website, projectCount, version, null, null, List.of(), null,
                List.of(), null, null, null);
    }
}
