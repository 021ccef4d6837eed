package eu.leadercoop.accounts;

import eu.leadercoop.accounts.internal.EmailLink;
import eu.leadercoop.accounts.internal.EmailLink.Purpose;
import eu.leadercoop.accounts.internal.EmailLinkRepository;
import eu.leadercoop.accounts.internal.Mailer;
import eu.leadercoop.accounts.internal.Secrets;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.Projects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links sent by e-mail that set a password, each single-use and expiring: a coordinator's invitation of
 * a partner's editor (the link makes the account, or adds the organisation to an existing one), an
 * administrator's invitation of a new user, and a password reset. Asking for a reset answers the same
 * whether or not the address has an account.
 */
@Service
@Transactional
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final Duration RESET_VALID = Duration.ofHours(1);
    public static final int MIN_PASSWORD = 12;
    /** Addresses we send mail to: plain ASCII local part and domain, nothing a mail header or a page could misread. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** A sent invitation, for the one who sent it. */
    public record Invitation(long id, String email, Long organisationId, Long projectId, Instant expiresAt) {
    }

    /** What the page behind a link shows: whose link it is and whether it will create the account. */
    public record Link(String purpose, String email, boolean newAccount) {
    }

    private final EmailLinkRepository links;
    private final UserRepository users;
    private final Projects projects;
    private final ProjectPermissions permissions;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    Invitations(EmailLinkRepository links, UserRepository users, Projects projects, ProjectPermissions permissions,
            CurrentUser currentUser, PasswordEncoder encoder, Mailer mailer, MessageSource messages, Clock clock) {
        this.links = links;
        this.users = users;
        this.projects = projects;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Invites {@code email} to edit for partner {@code organisationId} in project {@code projectId};
     * {@code baseUrl} is the site's address the link starts with.
     *
     * @throws NotPermittedException unless the current user coordinates the project or is an administrator
     * @throws InvalidDraftException for a bad address or an organisation that is not a partner
     */
    public Invitation invite(long projectId, String email, long organisationId, String baseUrl) {
        ProjectAccess project = projects.access(projectId)
                .filter(p -> permissions.maySee(currentUser.actor(), p))
                .orElseThrow(() -> new NoSuchRecordException("There is no project " + projectId + " you may see."));
        if (!permissions.isCoordinator(currentUser.actor(), project) && !currentUser.actor().map(Actor::administrator).orElse(false)) {
            throw new NotPermittedException("only the project's coordinators and administrators may invite partners");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String address = checkedEmail(email, problems);
        if (!project.partnerOrganisationIds().contains(organisationId)) {
            problems.add(FieldProblem.of("organisation_id", "not_a_partner",
                    "organisation " + organisationId + " is not a partner of project " + projectId, organisationId));
        }
        throwIfAny(problems);
        String token = Secrets.newToken("");
        Instant now = clock.instant();
        EmailLink link = links.save(new EmailLink(Purpose.INVITATION, address, Secrets.hash(token), now, now.plus(INVITATION_VALID))
                .forPartner(organisationId, projectId, currentUser.actor().map(Actor::id).orElse(null)));
        String title = projects.visibleDetails(projectId, null).map(p -> p.title()).orElse("");
        mailer.send(address, text("mail.invitation.subject", title), text("mail.invitation.body", title,
                baseUrl + "/invitations/" + token, INVITATION_VALID.toDays()));
        return new Invitation(link.getId(), address, organisationId, projectId, link.getExpiresAt());
    }

    /** Sends a reset link to {@code email} if it belongs to an account; says nothing either way. */
    public void requestPasswordReset(String email, String baseUrl) {
        Optional<UserAccount> user = users.findByEmail(UserAccount.normalise(email)).filter(UserAccount::isEnabled);
        if (user.isEmpty()) {
            return;
        }
        String token = Secrets.newToken("");
        Instant now = clock.instant();
        links.save(new EmailLink(Purpose.PASSWORD_RESET, user.get().getEmail(), Secrets.hash(token), now, now.plus(RESET_VALID)));
        try {
            mailer.send(user.get().getEmail(), text("mail.reset.subject"),
                    text("mail.reset.body", baseUrl + "/password-reset/" + token, RESET_VALID.toMinutes()));
        } catch (MailException e) {
            // The answer must not differ for existing accounts, not even by an error; the log says what failed.
            log.error("Could not send the password reset link to {}", user.get().getEmail(), e);
        }
    }

    /** The link's holder and purpose while it can still be used; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<Link> find(String token) {
        return usable(token).map(l -> new Link(l.getPurpose().name().toLowerCase(Locale.ROOT), l.getEmail(),
                users.findByEmail(l.getEmail()).map(u -> u.getPasswordHash() == null).orElse(true)));
    }

    /**
     * Uses a link: sets the password (and, for a new account, the name), adds the invitation's
     * organisation. The link cannot be used again.
     *
     * @return the account's e-mail address, to sign in with
     */
    public String accept(String token, String displayName, String password) {
        EmailLink link = usable(token).orElseThrow(() -> new NoSuchRecordException("This link is unknown, used or expired."));
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.add(FieldProblem.of("password", "weak_password",
                    "must have " + MIN_PASSWORD + " to 200 characters", MIN_PASSWORD));
        }
        Optional<UserAccount> existing = users.findByEmail(link.getEmail());
        String name = displayName == null ? "" : displayName.strip();
        if (existing.isEmpty() && (name.isEmpty() || name.length() > 200)) {
            problems.add(FieldProblem.of("display_name", name.isEmpty() ? "required" : "too_long",
                    name.isEmpty() ? "is required" : "is longer than 200 characters"));
        }
        throwIfAny(problems);
        UserAccount user = existing.orElseGet(() -> new UserAccount(link.getEmail(), name));
        if (!name.isEmpty()) {
            user.setDisplayName(name);
        }
        user.setPasswordHash(encoder.encode(password));
        if (link.getOrganisationId() != null) {
            user.joinOrganisation(link.getOrganisationId());
        }
        users.save(user);
        link.use(clock.instant());
        return user.getEmail();
    }

    /** Sends a new user the link that sets their password (administrators adding users). */
    void sendWelcome(String email, String baseUrl) {
        String token = Secrets.newToken("");
        Instant now = clock.instant();
        links.save(new EmailLink(Purpose.INVITATION, email, Secrets.hash(token), now, now.plus(INVITATION_VALID)));
        mailer.send(email, text("mail.welcome.subject"), text("mail.welcome.body", baseUrl + "/invitations/" + token,
                INVITATION_VALID.toDays()));
    }

    static String checkedEmail(String email, List<FieldProblem> problems) {
        String address = UserAccount.normalise(email);
        if (address.isEmpty()) {
            problems.add(FieldProblem.of("email", "required", "is required"));
        } else if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            problems.add(FieldProblem.of("email", "invalid_email", "'" + email + "' is not an e-mail address", email));
        }
        return address;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    private Optional<EmailLink> usable(String token) {
        return token == null ? Optional.empty()
                : links.findByTokenHash(Secrets.hash(token)).filter(l -> l.isUsable(clock.instant()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
