package eu.leadercoop.accounts;

import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.Revisions;
import eu.leadercoop.registry.StaleVersionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network administrators' view of users: list them, add one (who gets a link to set a password),
 * change their organisations, administrator flag and whether they may sign in. Every change is
 * recorded in the history like changes to records.
 */
@Service
@Transactional
public class Users {

    /** A user as administrators see them; {@code version} is what an edit must name. */
    public record UserInfo(long id, String email, String displayName, boolean administrator, boolean enabled,
            boolean passwordSet, Set<Long> organisationIds, long version) {
    }

    /** A user as an administrator states them. */
    public record UserDraft(String email, String displayName, Boolean administrator, Boolean enabled, Set<Long> organisationIds) {
    }

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Invitations invitations;
    private final Revisions revisions;

    Users(UserRepository users, CurrentUser currentUser, Organisations organisations, Invitations invitations, Revisions revisions) {
        this.revisions = revisions;
        this.users = users;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.invitations = invitations;
    }

    @Transactional(readOnly = true)
    public List<UserInfo> list() {
        requireAdministrator();
        return users.findAll(Sort.by("email")).stream().map(Users::info).toList();
    }

    /** Adds a user and e-mails them the link that sets their password. */
    public UserInfo create(UserDraft draft, String baseUrl) {
        requireAdministrator();
        List<FieldProblem> problems = new ArrayList<>();
        String email = Invitations.checkedEmail(draft.email(), problems);
        if (problems.isEmpty() && users.findByEmail(email).isPresent()) {
            problems.add(FieldProblem.of("email", "taken", "another user has this e-mail address"));
        }
        String name = name(draft, problems);
        checkOrganisations(draft, problems);
        Invitations.throwIfAny(problems);
        UserAccount user = new UserAccount(email, name);
        apply(user, draft);
        users.saveAndFlush(user);
        invitations.sendWelcome(email, baseUrl);
        return info(user);
    }

    /** States a user anew (the e-mail address stays); {@code version} as read. */
    public UserInfo update(long id, long version, UserDraft draft) {
        requireAdministrator();
        UserAccount user = users.findById(id).orElseThrow(() -> new NoSuchRecordException("There is no user " + id + "."));
        if (user.getVersion() != version) {
            throw new StaleVersionException(version, user.getVersion(), info(user), draft);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = name(draft, problems);
        checkOrganisations(draft, problems);
        boolean staysAdministrator = Boolean.TRUE.equals(draft.administrator()) && (draft.enabled() == null || draft.enabled());
        if (user.isAdministrator() && user.isEnabled() && !staysAdministrator && users.countByAdministratorTrueAndEnabledTrue() <= 1) {
            problems.add(FieldProblem.of("administrator", "last_administrator",
                    "the site must keep at least one administrator who may sign in; make someone else administrator first"));
        }
        Invitations.throwIfAny(problems);
        user.setDisplayName(name);
        apply(user, draft);
        return info(users.saveAndFlush(user));
    }

    /** Every saved change of a user, newest first: name, e-mail, administrator, sign-in, organisations. */
    @Transactional(readOnly = true)
    public List<RecordRevision> history(long id) {
        requireAdministrator();
        if (!users.existsById(id)) {
            throw new NoSuchRecordException("There is no user " + id + ".");
        }
        return revisions.of(UserAccount.class, id, Users::fields);
    }

    private static Map<String, String> fields(UserAccount u) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", u.getEmail());
        fields.put("display_name", u.getDisplayName());
        fields.put("administrator", String.valueOf(u.isAdministrator()));
        fields.put("enabled", String.valueOf(u.isEnabled()));
        fields.put("organisation_ids", u.getOrganisationIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        return fields;
    }

    private static String name(UserDraft draft, List<FieldProblem> problems) {
        String name = draft.displayName() == null ? "" : draft.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(FieldProblem.of("display_name", name.isEmpty() ? "required" : "too_long",
                    name.isEmpty() ? "is required" : "is longer than 200 characters"));
        }
        return name;
    }

    private void checkOrganisations(UserDraft draft, List<FieldProblem> problems) {
        for (Long id : draft.organisationIds() == null ? Set.<Long>of() : draft.organisationIds()) {
            if (id == null || !organisations.exists(id)) {
                problems.add(FieldProblem.of("organisation_ids", "unknown_organisation", "no organisation has id " + id, id));
            }
        }
    }

    private static void apply(UserAccount user, UserDraft draft) {
        user.setAdministrator(Boolean.TRUE.equals(draft.administrator()));
        user.setEnabled(draft.enabled() == null || draft.enabled());
        user.setOrganisations(draft.organisationIds() == null ? Set.of() : draft.organisationIds());
    }

    private void requireAdministrator() {
        if (!currentUser.actor().map(Actor::administrator).orElse(false)) {
            throw new NotPermittedException("only network administrators manage users");
        }
    }

    static UserInfo info(UserAccount u) {
        return new UserInfo(u.getId(), u.getEmail(), u.getDisplayName(), u.isAdministrator(), u.isEnabled(),
                u.getPasswordHash() != null, u.getOrganisationIds(), u.getVersion());
    }
}
