package eu.leadercoop.registry;

import java.util.Set;

/**
 * What deciding who may see or change a project needs to know about it: its workflow state and which
 * organisations lead it (their editors are its coordinators) and take part in it. {@code projectId} is
 * null for a project being created.
 */
public record ProjectAccess(Long projectId, String publicationState, Set<Long> leadOrganisationIds,
        Set<Long> partnerOrganisationIds) {

    public ProjectAccess {
        leadOrganisationIds = Set.copyOf(leadOrganisationIds);
        partnerOrganisationIds = Set.copyOf(partnerOrganisationIds);
    }

    public boolean isPublished() {
        return "published".equals(publicationState);
    }
}
