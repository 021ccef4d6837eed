package eu.leadercoop.partners;

/** The offer's reply deadline has passed or it has become a project: it takes no more replies. */
public class OfferClosedException extends RuntimeException {

    public OfferClosedException(long offerId) {
        super("Offer " + offerId + " is closed: its reply deadline has passed or it has become a project");
    }
}
