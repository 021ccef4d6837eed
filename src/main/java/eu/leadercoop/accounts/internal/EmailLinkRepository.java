package eu.leadercoop.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailLinkRepository extends JpaRepository<EmailLink, Long> {

    Optional<EmailLink> findByTokenHash(String tokenHash);

    List<EmailLink> findByOrganisationId(long organisationId);
}
