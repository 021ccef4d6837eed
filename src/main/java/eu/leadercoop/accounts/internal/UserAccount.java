package eu.leadercoop.accounts.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who signs in: known by e-mail, member (editor) of one or more organisations, possibly a
 * network administrator. Has no password until they follow their invitation link.
 */
@Entity
@Audited
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Lower case; the sign-in name. */
    @Column(nullable = false, length = 320, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Old hashes are not kept in the history: only that the password changed (the row's revision). */
    @NotAudited
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean administrator;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_organisation", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName) {
        this.email = normalise(email);
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void joinOrganisation(long organisationId) {
        organisationIds.add(organisationId);
    }

    public void setOrganisations(Set<Long> ids) {
        organisationIds.clear();
        organisationIds.addAll(ids);
    }

    /** Moves membership of a merged duplicate to the organisation that stays. */
    public void replaceOrganisation(long duplicateId, long survivorId) {
        if (organisationIds.remove(duplicateId)) {
            organisationIds.add(survivorId);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }
}
