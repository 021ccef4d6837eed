package eu.leadercoop.registry.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes who made a change into its {@link Revision}: the user the current request is signed in as
 * (by session or API token), else {@code system} (example data, imports run by the application).
 */
public class RevisionAuthorListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        ((Revision) revision).setAuthor(signedIn ? user.getName() : SYSTEM);
    }
}
