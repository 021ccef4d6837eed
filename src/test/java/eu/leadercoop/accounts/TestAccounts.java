package eu.leadercoop.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.leadercoop.accounts.internal.ApiToken;
import eu.leadercoop.accounts.internal.ApiTokenRepository;
import eu.leadercoop.accounts.internal.PasswordAuthentication;
import eu.leadercoop.accounts.internal.Secrets;
import eu.leadercoop.accounts.internal.SignedInUser;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users for tests, and requests made as them: {@code mvc.post().uri(...).with(accounts.as(coordinator))}
 * signs the request in as that user with a valid CSRF token, as a browser session would be.
 */
@TestComponent
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final Organisations organisations;
    private final PasswordEncoder encoder;

    TestAccounts(UserRepository users, ApiTokenRepository tokens, Organisations organisations, PasswordEncoder encoder) {
        this.users = users;
        this.tokens = tokens;
        this.organisations = organisations;
        this.encoder = encoder;
    }

    /** A new editor of the organisations known by these names. */
    public UserAccount editorOf(String... organisationNames) {
        Set<Long> ids = Arrays.stream(organisationNames)
                .map(name -> organisations.findByName(name).stream().findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no organisation " + name)))
                .map(OrganisationSummary::id).collect(Collectors.toSet());
        return editorOfIds(ids);
    }

    public UserAccount editorOfIds(Set<Long> organisationIds) {
        UserAccount user = new UserAccount("editor" + SEQUENCE.incrementAndGet() + "@test.leadercoop.eu", "Test Editor");
        user.setOrganisations(organisationIds);
        user.setPasswordHash(encoder.encode(PASSWORD));
        return users.save(user);
    }

    public UserAccount administrator() {
        UserAccount admin = editorOfIds(Set.of());
        admin.setAdministrator(true);
        return users.save(admin);
    }

    public static final String PASSWORD = "a test password";

    /** Signed in as {@code user} by session, with the CSRF token a page would send. */
    public RequestPostProcessor as(UserAccount user) {
        return request -> csrf().postProcessRequest(user(PasswordAuthentication.principal(user)).postProcessRequest(request));
    }

    /** Signed in as {@code user} by session, without a CSRF token (a forged request). */
    public RequestPostProcessor asWithoutCsrf(UserAccount user) {
        return user(PasswordAuthentication.principal(user));
    }

    /**
     * Signs {@code user} in for service calls made directly on this thread (not through MockMvc), as the
     * web layer would for a request; {@link #signOut()} ends it.
     */
    public void signIn(UserAccount user) {
        SignedInUser principal = PasswordAuthentication.principal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Not signed in, with a CSRF token (so that only the missing sign-in refuses it). */
    public RequestPostProcessor anonymous() {
        return csrf();
    }

    /** A new API token of {@code user}. */
    public String tokenOf(UserAccount user) {
        String token = Secrets.newToken("lc_");
        tokens.save(new ApiToken(user.getId(), "test", Secrets.hash(token)));
        return token;
    }

    /** Signed in by API token: no session, no CSRF token. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
