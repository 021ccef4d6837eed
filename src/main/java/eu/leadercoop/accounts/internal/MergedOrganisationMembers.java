package eu.leadercoop.accounts.internal;

import eu.leadercoop.registry.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When duplicates are merged, their members and pending invitations move to the organisation that stays. */
@Component
class MergedOrganisationMembers {

    private final UserRepository users;
    private final EmailLinkRepository links;

    MergedOrganisationMembers(UserRepository users, EmailLinkRepository links) {
        this.users = users;
        this.links = links;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        users.findByOrganisation(merged.duplicateId()).forEach(u -> u.replaceOrganisation(merged.duplicateId(), merged.survivorId()));
        links.findByOrganisationId(merged.duplicateId()).forEach(l -> l.moveOrganisation(merged.duplicateId(), merged.survivorId()));
        users.flush();
    }
}
