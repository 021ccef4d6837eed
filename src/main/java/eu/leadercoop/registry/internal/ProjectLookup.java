package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.model.Project;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Finding projects a new source may describe, in any publication state. */
public interface ProjectLookup extends Repository<Project, Long> {

    java.util.Optional<Project> findById(Long id);

    @Query("""
            select p from Project p where p.referenceNumber = :reference
               or p.id in (select s.project.id from Partnership s where s.organisation.id in :organisations)
            order by p.updatedAt desc, p.id desc""")
    List<Project> findCandidates(String reference, Collection<Long> organisations, Pageable limit);
}
