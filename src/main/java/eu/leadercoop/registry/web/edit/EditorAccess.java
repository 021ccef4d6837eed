package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.ProjectArea;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.RecordGuard;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the signed-in user may change in one project, asked of the registry's guard once per page so that
 * the editor offers only the forms whose saving would be allowed: the shared core, the workflow, and the
 * parts of these partner organisations. The registry checks every save again.
 */
public record EditorAccess(boolean core, boolean workflow, Set<Long> partners) {

    public EditorAccess {
        partners = Set.copyOf(partners);
    }

    static EditorAccess of(ProjectDetails project, ProjectAccess access, RecordGuard guard) {
        Set<Long> partners = project.partners().stream().map(ProjectDetails.Partner::organisationId)
                .filter(id -> guard.mayChange(access, ProjectArea.ownedBy(Set.of(id)))).collect(Collectors.toSet());
        return new EditorAccess(guard.mayChange(access, ProjectArea.CORE), guard.mayChange(access, ProjectArea.WORKFLOW), partners);
    }

    /** Whether the user may change a part owned by this organisation (the core's when null). */
    public boolean mayChange(Long organisationId) {
        return organisationId == null ? core : partners.contains(organisationId);
    }

    /** Whether the user may change an event organised by these organisations (the core's when none). */
    public boolean mayChangeEvent(List<ProjectDetails.OrganisationRef> organisers) {
        return organisers.isEmpty() ? core : organisers.stream().anyMatch(o -> partners.contains(o.id()));
    }

    /** Whether the user may add anything to this list at all. */
    public boolean mayAdd(String kind) {
        return switch (kind) {
            case "activities", "events", "media", "contacts" -> core || !partners.isEmpty();
            default -> core;
        };
    }
}
