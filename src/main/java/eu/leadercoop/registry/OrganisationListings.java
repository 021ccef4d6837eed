package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ListingMerger;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published lists of organisations (the LAG directory, national lists) turned into the registry's
 * organisations: a listing matches the organisation that came from the same record, else one of its
 * country known by one of its names (the example projects' organisations included), else it is added.
 * A newer version of a list changes only the fields no person has edited since it was last loaded
 * (per-field provenance, see {@link eu.leadercoop.registry.internal.ListingMerger}); aliases only grow.
 * Every change is in the organisations' history like any other.
 */
@Service
@Transactional
public class OrganisationListings {

    private final ListingMerger merger;
    private final RecordGuard guard;

    OrganisationListings(ListingMerger merger, RecordGuard guard) {
        this.merger = merger;
        this.guard = guard;
    }

    /**
     * What {@link #importList} would do with these listings, one outcome per listing in their order;
     * changes nothing (network administrators).
     */
    @Transactional(readOnly = true)
    public List<ListingOutcome> preview(List<OrganisationListing> listings) {
        requireAdministrator();
        return merger.merge(listings, true);
    }

    /** Loads a list a network administrator imports: all of it in one transaction. */
    public List<ListingOutcome> importList(List<OrganisationListing> listings) {
        requireAdministrator();
        return merger.merge(listings, false);
    }

    /**
     * Loads the directory shipped with the application, as the application itself does at start (no user
     * involved, so no permission is asked): all of it or, on an error, nothing.
     */
    public List<ListingOutcome> loadShipped(List<OrganisationListing> listings) {
        return merger.merge(listings, false);
    }

    private void requireAdministrator() {
        if (!guard.mayManageOrganisations()) {
            throw new NotPermittedException("only network administrators may import lists of organisations");
        }
    }
}
