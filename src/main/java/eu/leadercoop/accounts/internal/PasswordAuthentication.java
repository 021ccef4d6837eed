package eu.leadercoop.accounts.internal;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in with e-mail and password. Every failure looks the same from outside (unknown address, wrong
 * password, disabled account, too many attempts): one message, and a password hash computed even for
 * unknown addresses, so that neither the answer nor its timing tells which accounts exist.
 */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    static final String FAILED = "Wrong e-mail or password, or too many attempts";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    PasswordAuthentication(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle, TransactionTemplate transaction) {
        UserDetailsService accounts = email -> transaction.execute(status -> users.findByEmail(UserAccount.normalise(email))
                .map(PasswordAuthentication::principal)
                .orElseThrow(() -> new UsernameNotFoundException(FAILED)));
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    public static SignedInUser principal(UserAccount u) {
        List<SimpleGrantedAuthority> roles = u.isAdministrator()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        return new SignedInUser(u.getId(), u.getEmail(), u.getPasswordHash(), u.isEnabled(), roles);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = UserAccount.normalise(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.isBlocked(email, address)) {
            throw new BadCredentialsException(FAILED);
        }
        try {
            Authentication signedIn = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
            throttle.succeeded(email);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(email, address);
            throw new BadCredentialsException(FAILED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
