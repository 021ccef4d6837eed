package eu.leadercoop.partners;

import eu.leadercoop.registry.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When duplicates are merged, their offers and replies move to the organisation that stays (before the duplicate is deleted). */
@Component
class MergedOrganisationOffers {

    private final CooperationOffers offers;

    MergedOrganisationOffers(CooperationOffers offers) {
        this.offers = offers;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        offers.organisationsMerged(merged.survivorId(), merged.duplicateId());
    }
}
