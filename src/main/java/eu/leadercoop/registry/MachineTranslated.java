package eu.leadercoop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A project's texts as machine-translated into {@code language}, from its own language
 * ({@code sourceLanguage}) by {@code service}: only translations made from the texts as they are
 * written now. {@code goals} and {@code expectedResults} run parallel to the record's lists, with null
 * where an item has no translation; {@code title} and {@code summary} are null when untranslated.
 * {@code translatedAt} is when the newest of them was made.
 */
public record MachineTranslated(
        String language,
        String sourceLanguage,
        String service,
        Instant translatedAt,
        String title,
        String summary,
        List<String> goals,
        List<String> expectedResults) {

    /** The day (UTC) of {@link #translatedAt}, as pages show it. */
    public LocalDate translatedOn() {
        return LocalDate.ofInstant(translatedAt, ZoneOffset.UTC);
    }

    /** The translation of goal {@code index}, or null. */
    public String goal(int index) {
        return index < goals.size() ? goals.get(index) : null;
    }

    /** The translation of expected result {@code index}, or null. */
    public String result(int index) {
        return index < expectedResults.size() ? expectedResults.get(index) : null;
    }
}
