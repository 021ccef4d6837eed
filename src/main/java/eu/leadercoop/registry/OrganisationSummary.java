package eu.leadercoop.registry;

import java.util.List;

/** An organisation as lists show it; {@code version} is what an edit of it must name. */
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
        long version) {
}
