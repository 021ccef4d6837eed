package eu.leadercoop.accounts;

import eu.leadercoop.accounts.internal.ApiToken;
import eu.leadercoop.accounts.internal.ApiTokenRepository;
import eu.leadercoop.accounts.internal.PasswordAuthentication;
import eu.leadercoop.accounts.internal.Secrets;
import eu.leadercoop.accounts.internal.SignedInUser;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a signed-in user creates one (seen once, in full, at creation), lists and revokes
 * theirs. A request with {@code Authorization: Bearer <token>} acts as that user with the same rights.
 */
@Service
@Transactional
public class ApiTokens {

    /** What a token list shows; never the token itself. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** A token just created: {@code token} is shown this once and cannot be read again. */
    public record NewToken(TokenInfo info, String token) {
    }

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public NewToken create(String name) {
        Actor me = signedIn();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidDraftException(List.of(FieldProblem.of("name", label.isEmpty() ? "required" : "too_long",
                    label.isEmpty() ? "is required" : "is longer than 100 characters")));
        }
        String token = Secrets.newToken("lc_");
        ApiToken saved = tokens.save(new ApiToken(me.id(), label, Secrets.hash(token)));
        return new NewToken(info(saved), token);
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(signedIn().id()).stream().map(ApiTokens::info).toList();
    }

    public void revoke(long tokenId) {
        long me = signedIn().id();
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId() == me)
                .orElseThrow(() -> new NoSuchRecordException("You have no token " + tokenId + "."));
        token.revoke(clock.instant());
    }

    /** The user an active token belongs to, noting its use; empty for an unknown or revoked token. */
    public Optional<SignedInUser> authenticate(String token) {
        return tokens.findByTokenHash(Secrets.hash(token)).filter(ApiToken::isActive).flatMap(t -> {
            t.used(clock.instant());
            return users.findById(t.getUserId()).filter(UserAccount::isEnabled).map(PasswordAuthentication::principal);
        });
    }

    private Actor signedIn() {
        return currentUser.actor().orElseThrow(() -> new NotPermittedException("sign in first"));
    }

    private static TokenInfo info(ApiToken t) {
        return new TokenInfo(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
}
