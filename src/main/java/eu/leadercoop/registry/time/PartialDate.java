package eu.leadercoop.registry.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A date known to a {@link Precision}: a year, a season of a year, a quarter of a year, a month of a
 * year, or a single day. Project pages rarely give more than "jaanuar 2024" or "kevad 2025", and the
 * registry keeps exactly what was known instead of inventing a day.
 *
 * <p>Only the components the precision needs are set; the others are {@code 0} ({@code null} for
 * {@link #season}). Use the factory methods ({@link #ofYear}, {@link #ofSeason}, {@link #ofQuarter},
 * {@link #ofMonth}, {@link #ofDay}, {@link #of(LocalDate)}); the canonical constructor rejects impossible
 * or inconsistent values with an {@link IllegalArgumentException}. Years have four digits (1000–9999),
 * as EDTF writes them without sign or exponent.
 *
 * <p>Dates sort by their {@linkplain #earliest() first day}, and on the same first day the coarser
 * precision first ({@code 2024} &lt; {@code 2024-01} &lt; {@code 2024-01-01}). Because a first day and a
 * precision determine the date, this order is total and consistent with {@link #equals}.
 *
 * @param precision how precisely the date is known
 * @param year      the year, 1000–9999
 * @param season    the season, only for {@link Precision#SEASON}, else {@code null}
 * @param quarter   the quarter 1–4, only for {@link Precision#QUARTER}, else 0
 * @param month     the month 1–12, for {@link Precision#MONTH} and {@link Precision#DAY}, else 0
 * @param day       the day of the month, only for {@link Precision#DAY}, else 0
 */
public record PartialDate(Precision precision, int year, Season season, int quarter, int month, int day)
        implements Comparable<PartialDate> {

    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " does not have four digits (1000–9999)");
        }
        boolean hasMonth = precision == Precision.MONTH || precision == Precision.DAY;
        rejectUnused(precision != Precision.SEASON && season != null, precision, "season");
        rejectUnused(precision != Precision.QUARTER && quarter != 0, precision, "quarter");
        rejectUnused(!hasMonth && month != 0, precision, "month");
        rejectUnused(precision != Precision.DAY && day != 0, precision, "day");
        if (precision == Precision.SEASON && season == null) {
            throw new IllegalArgumentException("a SEASON date needs a season");
        }
        if (precision == Precision.QUARTER && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter " + quarter + " does not exist (quarters are 1–4)");
        }
        if (hasMonth && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist (months are 1–12)");
        }
        if (precision == Precision.DAY && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day " + day + " does not exist in "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
        }
    }

    // Components the precision does not use must stay empty, or equal dates could differ in equals().
    private static void rejectUnused(boolean present, Precision precision, String component) {
        if (present) {
            throw new IllegalArgumentException("a " + precision + " date has no " + component);
        }
    }

    /** The whole year {@code year}. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, year, null, 0, 0, 0);
    }

    /** The season of {@code year}; winter is the one that begins in December of {@code year}. */
    public static PartialDate ofSeason(int year, Season season) {
        return new PartialDate(Precision.SEASON, year, Objects.requireNonNull(season, "season"), 0, 0, 0);
    }

    /** The quarter 1–4 of {@code year}. */
    public static PartialDate ofQuarter(int year, int quarter) {
        return new PartialDate(Precision.QUARTER, year, null, quarter, 0, 0);
    }

    /** The month 1–12 of {@code year}. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, year, null, 0, month, 0);
    }

    /** One day. */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(Precision.DAY, year, null, 0, month, day);
    }

    /** One day, from a {@link LocalDate}. */
    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The first day this date covers. */
    public LocalDate earliest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case SEASON -> season.firstDay(year);
            case QUARTER -> LocalDate.of(year, 3 * quarter - 2, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date covers. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case SEASON -> season.lastDay(year);
            case QUARTER -> LocalDate.of(year, 3 * quarter, 1).plusMonths(1).minusDays(1);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> earliest();
        };
    }

    /** Whether {@code date} is one of the days this date covers. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    /**
     * This date in EDTF (ISO 8601-2): {@code 2024}, {@code 2025-21} (spring), {@code 2024-33} (first
     * quarter, EDTF level 2), {@code 2024-06}, {@code 2024-06-04}.
     */
    public String toEdtf() {
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case SEASON -> year + "-" + season.edtfCode();
            case QUARTER -> year + "-" + (32 + quarter);
            case MONTH -> year + "-" + twoDigits(month);
            case DAY -> year + "-" + twoDigits(month) + "-" + twoDigits(day);
        };
    }

    /**
     * Reads what {@link #toEdtf()} writes: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD},
     * {@code YYYY-21}…{@code YYYY-24} (seasons) or {@code YYYY-33}…{@code YYYY-36} (quarters).
     *
     * @throws PartialDateParseException if {@code edtf} is anything else, or an impossible date
     */
    public static PartialDate fromEdtf(String edtf) {
        if (edtf == null) {
            throw new PartialDateParseException(null, "no EDTF date given");
        }
        int length = edtf.length();
        boolean shaped = (length == 4 || length == 7 || length == 10)
                && digits(edtf, 0, 4)
                && (length < 7 || edtf.charAt(4) == '-' && digits(edtf, 5, 7))
                && (length < 10 || edtf.charAt(7) == '-' && digits(edtf, 8, 10));
        if (!shaped) {
            throw new PartialDateParseException(edtf,
                    "not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-21…24 or YYYY-33…36)");
        }
        try {
            int year = Integer.parseInt(edtf, 0, 4, 10);
            if (length == 4) {
                return ofYear(year);
            }
            int code = Integer.parseInt(edtf, 5, 7, 10);
            return length == 10 ? ofDay(year, code, Integer.parseInt(edtf, 8, 10, 10)) : ofEdtfCode(year, code);
        } catch (IllegalArgumentException e) {
            throw new PartialDateParseException(edtf, e.getMessage());
        }
    }

    /**
     * The date written {@code YYYY-NN} in EDTF: NN is a month (01–12), a season (21–24) or a quarter (33–36).
     *
     * @throws IllegalArgumentException for any other NN
     */
    static PartialDate ofEdtfCode(int year, int code) {
        if (code >= 1 && code <= 12) {
            return ofMonth(year, code);
        }
        if (code >= 21 && code <= 24) {
            return ofSeason(year, Season.fromEdtfCode(code));
        }
        if (code >= 33 && code <= 36) {
            return ofQuarter(year, code - 32);
        }
        throw new IllegalArgumentException("'" + twoDigits(code)
                + "' is neither a month (01–12), a season (21–24) nor a quarter (33–36)");
    }

    /** Earliest day first; on the same earliest day, coarser precision first. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The EDTF form, so that logs and test failures read like the data. */
    @Override
    public String toString() {
        return toEdtf();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    // ASCII only: Character.isDigit would let other scripts' digits through to Integer.parseInt.
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
