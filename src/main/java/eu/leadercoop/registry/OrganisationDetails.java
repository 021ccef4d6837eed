package eu.leadercoop.registry;

import java.util.List;

/**
 * An organisation with its published projects and the organisations it has cooperated with,
 * strongest ties (most shared projects) first.
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
        long version) {

    public record ProjectRole(long projectId, String title, ProjectDetails.Period period, String status, String role) {
    }

    public record CooperationPartner(long organisationId, String name, String country, int sharedProjects) {
    }
}
