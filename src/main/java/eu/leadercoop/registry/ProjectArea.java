package eu.leadercoop.registry;

import java.util.Set;

/**
 * Whose part of a project a change touches. The shared core (titles, period, goals, results, joint
 * activities, the partner list, ...) belongs to the lead partner; a partner's own activities, the events
 * it organises, its media items, contacts and budget line belong to that partner; publishing is the
 * workflow.
 */
public sealed interface ProjectArea {

    /** The shared core of the record. */
    record Core() implements ProjectArea {
    }

    /** Parts owned by these partner organisations together (an event several partners organise). */
    record Partner(Set<Long> organisationIds) implements ProjectArea {

        public Partner {
            organisationIds = Set.copyOf(organisationIds);
            if (organisationIds.isEmpty()) {
                throw new IllegalArgumentException("a partner area names at least one organisation");
            }
        }
    }

    /** Publishing and unpublishing. */
    record Workflow() implements ProjectArea {
    }

    ProjectArea CORE = new Core();
    ProjectArea WORKFLOW = new Workflow();

    /** The area of a part owned by these organisations, the shared core when none. */
    static ProjectArea ownedBy(Set<Long> organisationIds) {
        return organisationIds.isEmpty() ? CORE : new Partner(organisationIds);
    }
}
