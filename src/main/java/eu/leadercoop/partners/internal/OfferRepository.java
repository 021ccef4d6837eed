package eu.leadercoop.partners.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<CooperationOffer, Long> {

    List<CooperationOffer> findByOrganisationId(long organisationId);

    List<CooperationOffer> findAllByOrderByReplyDeadlineAscIdAsc();
}
