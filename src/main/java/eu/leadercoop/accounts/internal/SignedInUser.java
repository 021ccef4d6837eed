package eu.leadercoop.accounts.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session or API token: Spring's user with our user id. */
public class SignedInUser extends User {

    private final long id;

    public SignedInUser(long id, String email, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash == null ? "" : passwordHash, enabled && passwordHash != null, true, true, true, authorities);
        this.id = id;
    }

    public long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser u && u.id == id && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
