package eu.leadercoop.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, expiring link sent by e-mail that lets its holder set a password: an invitation to
 * edit an organisation's part of a project, or a password reset. Only the token's hash is stored.
 */
@Entity
@Table(name = "email_link")
public class EmailLink {

    public enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailLink() {
    }

    public EmailLink(Purpose purpose, String email, String tokenHash, Instant now, Instant expiresAt) {
        this.purpose = purpose;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public EmailLink forPartner(long organisationId, Long projectId, Long createdBy) {
        this.organisationId = organisationId;
        this.projectId = projectId;
        this.createdBy = createdBy;
        return this;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public void moveOrganisation(long duplicateId, long survivorId) {
        if (organisationId != null && organisationId == duplicateId) {
            organisationId = survivorId;
        }
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getEmail() {
        return email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
