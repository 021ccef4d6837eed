package eu.leadercoop.tracking.web;

import eu.leadercoop.accounts.Actor;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.registry.NotPermittedException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Only network administrators manage exchange rates and measure rules: readers who are not signed in are
 * sent to the sign-in page, signed-in users who are no administrators get a 403 page.
 */
@Component
class Administrators {

    static final String SIGN_IN = "redirect:/login";

    private final CurrentUser users;

    Administrators(CurrentUser users) {
        this.users = users;
    }

    /**
     * @return empty when the current user is an administrator; else the view to show instead (sign in)
     * @throws NotPermittedException for a signed-in user who is no administrator
     */
    Optional<String> refusal() {
        Optional<Actor> actor = users.actor();
        if (actor.isEmpty()) {
            return Optional.of(SIGN_IN);
        }
        if (!actor.get().administrator()) {
            throw new NotPermittedException("only network administrators manage exchange rates and measure rules");
        }
        return Optional.empty();
    }
}
