package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.model.Organisation;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select distinct o from Organisation o join o.aliases a where a.key = :key")
    List<Organisation> findByAliasKey(String key);

    List<Organisation> findByDirectoryIdIsNotNull();
}
