package eu.leadercoop.accounts;

import eu.leadercoop.accounts.internal.SignedInUser;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the current request is signed in as (by session or API token), read fresh from the database so
 * that a membership granted or taken away counts at once, not at the next sign-in.
 */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Actor> actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser principal)) {
            return Optional.empty();
        }
        return users.findById(principal.getId())
                .filter(UserAccount::isEnabled)
                .map(u -> new Actor(u.getId(), u.getEmail(), u.getDisplayName(), u.isAdministrator(), u.getOrganisationIds()));
    }
}
