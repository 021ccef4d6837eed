package eu.leadercoop.partners.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Another organisation's "interested" with its message, and the offering organisation's answer:
 * {@code joined} (the replier is a partner of the project the offer becomes), {@code declined}, or
 * none yet ({@code open}).
 */
@Entity
@Table(name = "offer_reply")
public class OfferReply {

    public static final String OPEN = "open";
    public static final String JOINED = "joined";
    public static final String DECLINED = "declined";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offer_id", nullable = false)
    private long offerId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(nullable = false, length = 16)
    private String status = OPEN;

    @Column(length = 4000)
    private String answer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected OfferReply() {
    }

    public OfferReply(long offerId, long organisationId, long userId, String message, Instant createdAt) {
        this.offerId = offerId;
        this.organisationId = organisationId;
        this.userId = userId;
        this.message = message;
        this.createdAt = createdAt;
    }

    public void answer(String status, String answer, Instant when) {
        this.status = status;
        this.answer = answer;
        this.answeredAt = when;
    }

    public void movedTo(long survivorId) {
        this.organisationId = survivorId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOfferId() {
        return offerId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    public String getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
