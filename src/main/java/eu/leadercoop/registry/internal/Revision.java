package eu.leadercoop.registry.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change, as Hibernate Envers numbers them: when, and who made it. Every audited entity of
 * every module (projects and their parts, organisations, users) shares these numbers.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    /** The signed-in user's name (their e-mail address), or {@code system} for the application's own work. */
    @Column(nullable = false, length = 320)
    private String author;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getAuthor() {
        return author;
    }

    void setAuthor(String author) {
        this.author = author;
    }
}
