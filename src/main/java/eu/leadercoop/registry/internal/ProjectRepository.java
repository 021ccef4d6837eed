package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    Page<Project> findByPublicationState(PublicationState state, Pageable pageable);

    @Query("select p from Project p where p.id in (select s.project.id from Partnership s where s.organisation.id in :organisationIds) order by p.id")
    List<Project> findByPartnerIds(Collection<Long> organisationIds);

    @Query("select p.project from Partnership p where p.organisation = :organisation and p.project.publicationState = :state")
    List<Project> findByPartner(Organisation organisation, PublicationState state);
}
