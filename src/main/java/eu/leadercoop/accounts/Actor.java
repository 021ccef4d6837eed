package eu.leadercoop.accounts;

import java.util.Set;

/** A signed-in user as permission decisions see them: the organisations they edit for, and whether they administer the network. */
public record Actor(long id, String email, String displayName, boolean administrator, Set<Long> organisationIds) {

    public Actor {
        organisationIds = Set.copyOf(organisationIds);
    }

    public boolean isMemberOfAny(Set<Long> organisations) {
        return organisations.stream().anyMatch(organisationIds::contains);
    }
}
