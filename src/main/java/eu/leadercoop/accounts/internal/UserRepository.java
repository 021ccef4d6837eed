package eu.leadercoop.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByAdministratorTrue();

    long countByAdministratorTrueAndEnabledTrue();

    @Query("select u from UserAccount u join u.organisationIds o where o = :organisationId")
    List<UserAccount> findByOrganisation(long organisationId);

    @Query("select count(u) > 0 from UserAccount u join u.organisationIds o where o = :organisationId and u.enabled = true")
    boolean existsEditorOf(long organisationId);
}
