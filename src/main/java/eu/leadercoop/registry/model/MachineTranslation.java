package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * A machine translation of one {@link TranslatableText} into another language, kept beside the
 * original (never in its place) with the hash of the text it was made from: when the original's
 * wording changes the translation no longer counts ({@link Project#currentMachineTranslations()}) until
 * it is made again.
 */
@Embeddable
public class MachineTranslation {

    @Enumerated(EnumType.STRING)
    @Column(name = "part", nullable = false, length = 20)
    private TranslatableText.Part part;

    @Column(name = "position", nullable = false)
    private int position;

    /** The language translated into. */
    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "text", nullable = false, length = 20000)
    private String text;

    /** The service that made it, e.g. {@code libretranslate}. */
    @Column(name = "service", nullable = false, length = 40)
    private String service;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    protected MachineTranslation() {
    }

    public MachineTranslation(TranslatableText source, String language, String text, String service, Instant translatedAt) {
        this.part = source.part();
        this.position = source.position();
        this.sourceHash = source.hash();
        this.language = Objects.requireNonNull(language, "language");
        this.text = Objects.requireNonNull(text, "text").strip();
        this.service = Objects.requireNonNull(service, "service");
        this.translatedAt = Objects.requireNonNull(translatedAt, "translatedAt");
    }

    public TranslatableText.Part getPart() {
        return part;
    }

    public int getPosition() {
        return position;
    }

    public String getLanguage() {
        return language;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public String getText() {
        return text;
    }

    public String getService() {
        return service;
    }

    public Instant getTranslatedAt() {
        return translatedAt;
    }

    /** Whether this translates {@code source} as it is written now. */
    public boolean translates(TranslatableText source) {
        return source.sameSlot(this) && sourceHash.equals(source.hash());
    }

    boolean sameSlotAndLanguage(MachineTranslation other) {
        return part == other.part && position == other.position && language.equals(other.language);
    }
}
