package eu.leadercoop.registry.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One of a project's texts that a machine may translate: its title in the project's own language, its
 * summary, a goal or an expected result ({@code position} is the goal's or result's place in its list,
 * 0 for the title and summary). {@link #hash()} identifies the text as written, so that a translation
 * made from it can be told from one made from an earlier wording.
 */
public record TranslatableText(Part part, int position, String sourceLanguage, String text) {

    /** Which text of the record; the name is stored as written in {@code project_machine_translation.part}. */
    public enum Part {
        TITLE, SUMMARY, GOAL, RESULT
    }

    /** SHA-256 of the source language and the text, in hex: what a stored translation remembers it was made from. */
    public String hash() {
        return hash(sourceLanguage, text);
    }

    public static String hash(String sourceLanguage, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sourceLanguage.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code translation} says the same part and place (in any language). */
    boolean sameSlot(MachineTranslation translation) {
        return translation.getPart() == part && translation.getPosition() == position;
    }
}
