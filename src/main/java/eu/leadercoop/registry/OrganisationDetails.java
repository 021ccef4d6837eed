package eu.leadercoop.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation with its published projects and the organisations it has cooperated with,
 * strongest ties (most shared projects) first, and the countries of those partners (most shared
 * projects first, then by code); contact, regions, territory and periods as in
 * {@link OrganisationSummary}.
 */
public record OrganisationDetails(
        long id,
        String name,
        List<String> aliases,
        String legalForm,
        String kind,
        String country,
        String region,
        String website,
        List<ProjectRole> projects,
        List<CooperationPartner> cooperationPartners,
        long version,
        String email,
        String phone,
        List<String> regions,
        String territory,
        List<String> periods,
        List<String> cooperationCountries,
        String directoryId,
        String source,
        LocalDate sourceDate) {

    public record ProjectRole(long projectId, String title, ProjectDetails.Period period, String status, String role) {
    }

    public record CooperationPartner(long organisationId, String name, String country, int sharedProjects) {
    }
}
