package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateParseException;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;
import eu.leadercoop.registry.web.edit.FormKind.Spec;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates in forms are typed as people write them ({@code kevad 2025}, {@code 23.-24.08 2024}). An
 * existing date is shown in its source's wording when that still reads as the stored date, else in the
 * reader's language; a wording left as shown keeps the stored date and wording exactly.
 */
final class DateWording {

    private DateWording() {
    }

    /** The text a date input shows for the stored value (EDTF start and end, wording beside). */
    static String shown(Map<String, List<String>> values, Spec spec, Locale locale) {
        boolean range = spec.type() == FormField.Type.RANGE;
        String start = first(values, range ? spec.name() + ".start" : spec.name());
        String end = range ? first(values, spec.name() + ".end") : null;
        String asWritten = first(values, range ? spec.name() + ".as_written" : spec.asWritten());
        if (start == null && end == null) {
            return asWritten == null ? "" : asWritten;
        }
        try {
            PartialDate from = PartialDate.fromEdtf(start != null ? start : end);
            PartialDateRange stored = new PartialDateRange(from, end == null || start == null ? from : PartialDate.fromEdtf(end));
            if (asWritten != null && reads(asWritten, stored)) {
                return asWritten;
            }
            return PartialDates.format(stored, locale);
        } catch (PartialDateParseException | IllegalArgumentException notEdtf) {
            return asWritten != null ? asWritten : start;
        }
    }

    private static boolean reads(String text, PartialDateRange stored) {
        try {
            return PartialDates.parseRangeOrEdtf(text).equals(stored);
        } catch (PartialDateParseException e) {
            return false;
        }
    }

    /**
     * What a typed date is understood as, in the reader's language, or why it is not a date: the editor
     * shows it under the input while the user types.
     */
    static Understood understood(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return new Understood(null, null);
        }
        try {
            return new Understood(PartialDates.format(PartialDates.parseRangeOrEdtf(text), locale), null);
        } catch (PartialDateParseException e) {
            return new Understood(null, e.reason());
        }
    }

    /** A typed date read: {@code date} as the reader's language writes it, or the {@code problem}. */
    record Understood(String date, String problem) {
    }

    private static String first(Map<String, List<String>> values, String key) {
        if (key == null) {
            return null;
        }
        List<String> list = values.get(key);
        return list == null || list.isEmpty() || list.getFirst().isBlank() ? null : list.getFirst();
    }
}
