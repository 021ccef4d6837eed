package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.PublicationState;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("""
            select s from Partnership s join fetch s.project p
            where s.organisation.id = :organisationId and p.publicationState = :state""")
    List<Partnership> findByOrganisation(long organisationId, PublicationState state);

    /** Pairs of (organisation id, number of projects in {@code state}) for every organisation in one. */
    @Query("""
            select s.organisation.id, count(s) from Partnership s
            where s.project.publicationState = :state group by s.organisation.id""")
    List<Object[]> countProjectsByOrganisation(PublicationState state);
}
