package eu.leadercoop.partners;

import eu.leadercoop.registry.ListingOutcome;
import eu.leadercoop.registry.OrganisationListings;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Puts a {@link LagDirectory} into the registry's organisations. Each {@link DirectoryEntry} is matched by
 * its {@link DirectoryEntry#id() id}, else by a name or alias in its country (the example projects'
 * organisations included), else added; fields a person has edited since the last load keep the person's
 * value (see {@link OrganisationListings}). The application loads {@link LagDirectory#shipped()} this way
 * at every start.
 */
@Service
public class DirectoryLoading {

    private final OrganisationListings listings;

    DirectoryLoading(OrganisationListings listings) {
        this.listings = listings;
    }

    /**
     * Loads every entry in one transaction: all of it, or on an error nothing.
     *
     * @return one outcome per entry, in the directory's order
     */
    public List<ListingOutcome> load(LagDirectory directory) {
        return listings.loadShipped(directory.entries().stream().map(DirectoryEntry::listing).toList());
    }
}
