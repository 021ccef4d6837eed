package eu.leadercoop.registry.time;

import eu.leadercoop.registry.time.DateVocabulary.Language;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads partial dates as people write them on project pages, finds them in longer lines, and writes
 * them back in Estonian, Polish or English.
 *
 * <p>Understood, in any letter case and with or without diacritics ("marts", "styczen"):
 * <ul>
 *   <li>days: {@code 01.03.2024}, {@code 08.11 2024}, {@code 2024-06-04}, {@code 04-06-2024},
 *       {@code 4 June 2024}, {@code June 4, 2024}, {@code 4. juuni 2024};</li>
 *   <li>months: {@code jaanuar 2024}, {@code märtsis 2024}, {@code lipiec 2022}, {@code w marcu 2024},
 *       {@code June 2024}, {@code jaan. 2024}, {@code 11/2024}, {@code 11.2024}, {@code 2024-06},
 *       {@code 2021. aasta märtsis};</li>
 *   <li>seasons and quarters: {@code kevad 2025}, {@code 2022 kevadeks}, {@code wiosną 2025},
 *       {@code spring 2025}, {@code 2025-21}, {@code talv 2024/2025} (the winter beginning in December
 *       2024, see {@link Season}); {@code I kvartal 2024}, {@code IV kwartał 2023}, {@code IV kw. 2023},
 *       {@code Q3 2024}, {@code 2024-35};</li>
 *   <li>years: {@code 2024}, {@code 2024. a}, {@code 2024 r.}, {@code 2024 roku};</li>
 *   <li>ranges with any dash, {@code to}, {@code kuni}, {@code do}, {@code od … do}, {@code from … to}:
 *       {@code jaanuar 2024 – juuni 2025}, {@code 01.07.2022–31.10.2023}, {@code 2023/2024},
 *       {@code 2024-01/2025-06}; the start may borrow month and year from the end
 *       ({@code 23.-24.08 2024}, {@code 30.06.-02.07.2024}, {@code märts–mai 2025}) and the end the month
 *       from the start ({@code June 4–7, 2024});</li>
 *   <li>lists joined by commas, {@code ja}, {@code i}, {@code oraz}, {@code and}, where bare years share
 *       the month written after the last one: {@code 2020. ja 2021. aasta märtsis} is March 2020 and
 *       March 2021.</li>
 * </ul>
 *
 * <p>Nothing is guessed: an impossible date ({@code 31.02.2024}, {@code 13/2024}), a two-digit year, a
 * date missing its year, or a range that ends before it starts is a {@link PartialDateParseException}
 * with the reason, never a different date. {@code YYYY-NN} is read as ISO 8601-2 / EDTF, so
 * {@code 2020-21} is spring 2020, not 2020–2021.
 *
 * <p>Reading takes time linear in the length of the text; texts longer than {@link #MAX_INPUT_LENGTH}
 * characters are refused rather than truncated. All methods are thread-safe.
 */
public final class PartialDates {

    /** The longest text the parse and find methods accept, in characters. */
    public static final int MAX_INPUT_LENGTH = 10_000;

    /**
     * A date found inside a longer text.
     *
     * @param range     the date or range
     * @param start     index of its first character in the text
     * @param end       index after its last character
     * @param asWritten the text between {@code start} and {@code end}
     */
    public record Match(PartialDateRange range, int start, int end, String asWritten) {

        public Match {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(asWritten, "asWritten");
            if (start < 0 || end - start != asWritten.length()) {
                throw new IllegalArgumentException("span " + start + ".." + end + " does not fit '" + asWritten + "'");
            }
        }
    }

    private PartialDates() {
    }

    /**
     * Reads a text that is exactly one date, such as the date of a media item.
     *
     * @throws PartialDateParseException if the text is not one date (a range is an error too)
     */
    public static PartialDate parse(String text) {
        PartialDateRange range = parseRange(text);
        if (!range.isSingle()) {
            throw new PartialDateParseException(text, "this is a range (" + range.toEdtf() + "), not a single date");
        }
        return range.start();
    }

    /**
     * Reads a text that is exactly one date or one range: a project period, an event's days. A single date
     * gives a range whose start equals its end.
     *
     * @throws PartialDateParseException if the text is anything else, including several dates
     */
    public static PartialDateRange parseRange(String text) {
        List<PartialDateRange> ranges = new DateReader(text).readAll();
        if (ranges.size() > 1) {
            throw new PartialDateParseException(text,
                    "the text names " + ranges.size() + " dates; one date or range was expected");
        }
        return ranges.getFirst();
    }

    /**
     * Reads a date or range written either in EDTF ({@code 2024-01/2025-06}, {@code 2025-21}), as data
     * files and the API write them, or as people write them ({@code jaanuar 2024 – juuni 2025}).
     *
     * @throws PartialDateParseException with the reason the text is not one date or range as people write it
     */
    public static PartialDateRange parseRangeOrEdtf(String text) {
        try {
            return PartialDateRange.fromEdtf(text.strip());
        } catch (PartialDateParseException notEdtf) {
            return parseRange(text);
        }
    }

    /**
     * Reads a text that consists of one or more dates or ranges, such as {@code 2020. ja 2021. aasta
     * märtsis} ([2020-03, 2021-03]), in the order written.
     *
     * @throws PartialDateParseException if any part of the text is not a date
     */
    public static List<PartialDateRange> parseAll(String text) {
        return new DateReader(text).readAll();
    }

    /**
     * Finds every date and range inside a longer text, such as an event line
     * {@code 4.-7.06 2024 Osalemine rahvusvahelisel LEADER konverentsil}, in the order written. Each date of
     * a list is its own match, and its range includes what it borrows from later in the list: in
     * {@code 2020. ja 2021. aasta märtsis} the match {@code 2020} is March 2020. Dates that cannot be read
     * are left out whole, never reported in part.
     *
     * @throws PartialDateParseException only if {@code text} is {@code null} or longer than
     *                                   {@link #MAX_INPUT_LENGTH}
     */
    public static List<Match> find(String text) {
        return new DateReader(text).find();
    }

    /**
     * Finds dates as {@link #find(String)} does, and also the days written without a year ({@code 10 maja},
     * {@code 5. veebruaril}, {@code 16.-17. juunil}), which take {@code yearOfDays}: a news item names its
     * happenings by day and month, the year being that of the item. A month or a bare day still needs its year.
     *
     * @throws PartialDateParseException only if {@code text} is {@code null} or longer than
     *                                   {@link #MAX_INPUT_LENGTH}
     */
    public static List<Match> find(String text, int yearOfDays) {
        if (yearOfDays < 1 || yearOfDays > 9999) {
            throw new IllegalArgumentException("year " + yearOfDays + " is outside 1..9999");
        }
        return new DateReader(text, yearOfDays).find();
    }

    /**
     * Writes a date in the language of {@code locale}: et {@code jaanuar 2024}, {@code kevad 2025},
     * {@code I kvartal 2024}, {@code 08.11.2024}; pl {@code styczeń 2024}, {@code wiosna 2025},
     * {@code I kwartał 2024}, {@code 08.11.2024}; en (also for every other language) {@code January 2024},
     * {@code spring 2025}, {@code Q1 2024}, {@code 8 November 2024}. {@link #parse} reads it back.
     */
    public static String format(PartialDate date, Locale locale) {
        return DateFormatter.format(Objects.requireNonNull(date, "date"), Language.of(locale));
    }

    /**
     * Writes a range in the language of {@code locale} with an en dash: {@code jaanuar 2024 – juuni 2025},
     * {@code 23.–24.08.2024}, {@code märts–mai 2025}; a single date as {@link #format(PartialDate, Locale)}
     * does. {@link #parseRange} reads it back.
     */
    public static String format(PartialDateRange range, Locale locale) {
        return DateFormatter.format(Objects.requireNonNull(range, "range"), Language.of(locale));
    }
}
