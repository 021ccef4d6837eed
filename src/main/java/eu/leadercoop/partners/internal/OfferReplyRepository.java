package eu.leadercoop.partners.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferReplyRepository extends JpaRepository<OfferReply, Long> {

    List<OfferReply> findByOfferIdOrderByCreatedAtAscIdAsc(long offerId);

    List<OfferReply> findByOrganisationId(long organisationId);
}
