package eu.leadercoop.accounts;

import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.ProjectArea;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.RecordGuard;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place that says who may see and change what (README, "Roles"):
 *
 * <ul>
 *   <li>anyone: published projects and organisations;</li>
 *   <li>a partner editor (member of an organisation): sees the drafts of its projects and changes its own
 *       partner area there (its own activities, the events it organises, its media items, contacts and
 *       budget line);</li>
 *   <li>a coordinator (editor of the lead partner): also the shared core and the publication state, and the
 *       areas of partners that have no editor of their own yet; creates projects its organisation leads;
 *       invites partners' editors;</li>
 *   <li>a network administrator: everything, and organisations and users.</li>
 * </ul>
 *
 * The registry asks it through {@link RecordGuard} before every change; pages ask the same questions to
 * decide which forms to show ({@code ${@projectPermissions.mayChange(project.id, 'core', null)}}).
 */
@Component("projectPermissions")
public class ProjectPermissions implements RecordGuard {

    private final CurrentUser currentUser;
    private final UserRepository users;
    /** Lazily: the registry's services ask this guard, so they cannot be among its constructor arguments. */
    private final ObjectProvider<Projects> projects;

    ProjectPermissions(CurrentUser currentUser, UserRepository users, ObjectProvider<Projects> projects) {
        this.currentUser = currentUser;
        this.users = users;
        this.projects = projects;
    }

    // --- decisions for any actor ----------------------------------------------------------------

    public boolean maySee(Optional<Actor> actor, ProjectAccess project) {
        return project.isPublished() || actor.map(a -> a.administrator() || a.isMemberOfAny(project.partnerOrganisationIds())).orElse(false);
    }

    public boolean mayEdit(Optional<Actor> actor, ProjectAccess project) {
        Set<Long> members = project.projectId() == null ? project.leadOrganisationIds() : project.partnerOrganisationIds();
        return actor.map(a -> a.administrator() || a.isMemberOfAny(members)).orElse(false);
    }

    public boolean isCoordinator(Optional<Actor> actor, ProjectAccess project) {
        return actor.map(a -> a.isMemberOfAny(project.leadOrganisationIds())).orElse(false);
    }

    public boolean mayChange(Optional<Actor> actor, ProjectAccess project, ProjectArea area) {
        if (actor.isEmpty()) {
            return false;
        }
        if (actor.get().administrator()) {
            return true;
        }
        boolean coordinator = isCoordinator(actor, project);
        return switch (area) {
            case ProjectArea.Core core -> coordinator;
            case ProjectArea.Workflow workflow -> coordinator;
            case ProjectArea.Partner partner -> actor.get().isMemberOfAny(partner.organisationIds())
                    || coordinator && partner.organisationIds().stream().anyMatch(org -> !users.existsEditorOf(org));
        };
    }

    /** Coordinators invite editors of their project's partners; administrators anyone to any partner. */
    public boolean mayInvite(Optional<Actor> actor, ProjectAccess project, long organisationId) {
        return project.partnerOrganisationIds().contains(organisationId)
                && actor.map(a -> a.administrator() || a.isMemberOfAny(project.leadOrganisationIds())).orElse(false);
    }

    // --- the registry's questions, for the current user --------------------------------------------

    @Override
    public boolean maySee(ProjectAccess project) {
        return maySee(currentUser.actor(), project);
    }

    @Override
    public boolean mayEdit(ProjectAccess project) {
        return mayEdit(currentUser.actor(), project);
    }

    @Override
    public boolean mayChange(ProjectAccess project, ProjectArea area) {
        return mayChange(currentUser.actor(), project, area);
    }

    @Override
    public boolean mayCreateOrganisation() {
        return currentUser.actor().isPresent();
    }

    @Override
    public boolean mayManageOrganisations() {
        return currentUser.actor().map(Actor::administrator).orElse(false);
    }

    @Override
    public Set<Long> memberOrganisations() {
        return currentUser.actor().map(Actor::organisationIds).orElse(Set.of());
    }

    // --- for pages: what to offer the current user ------------------------------------------------------

    /**
     * Whether the current user may change an area of project {@code projectId}: {@code area} is
     * {@code core}, {@code workflow} or {@code partner} (with {@code organisationId}, the part's owner;
     * a partner part without an owner is the core's).
     */
    public boolean mayChange(long projectId, String area, Long organisationId) {
        ProjectArea target = switch (area) {
            case "core" -> ProjectArea.CORE;
            case "workflow" -> ProjectArea.WORKFLOW;
            case "partner" -> organisationId == null ? ProjectArea.CORE : ProjectArea.ownedBy(Set.of(organisationId));
            default -> throw new IllegalArgumentException("unknown area " + area + "; core, workflow or partner");
        };
        return projects.getObject().access(projectId).map(p -> mayChange(currentUser.actor(), p, target)).orElse(false);
    }

    /** Whether the current user may change anything in project {@code projectId}. */
    public boolean mayEdit(long projectId) {
        return projects.getObject().access(projectId).map(p -> mayEdit(currentUser.actor(), p)).orElse(false);
    }
}
