package eu.leadercoop.registry.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A period from one {@link PartialDate} to another, both included: a project period
 * ({@code jaanuar 2024 – juuni 2025}), an event's days ({@code 4.-7.06 2024}), or a single date, in which
 * case {@code start} equals {@code end}.
 *
 * <p>The start must not sort after the end in the {@linkplain PartialDate#compareTo order of partial
 * dates}: it begins no later than the end begins, and if both begin on the same day the start is the
 * coarser one. This implies that the range is never empty ({@code latest() >= earliest()}), and it keeps
 * "a range's start &lt;= its end" true for the total order, so ranges sort sensibly. Ranges sort by start,
 * then by end.
 *
 * @param start the first date of the range
 * @param end   the last date of the range; equal to {@code start} for a single date
 */
public record PartialDateRange(PartialDate start, PartialDate end) implements Comparable<PartialDateRange> {

    private static final Comparator<PartialDateRange> ORDER =
            Comparator.comparing(PartialDateRange::start).thenComparing(PartialDateRange::end);

    public PartialDateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("the range ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("the range's start (" + start + ") begins after its end (" + end
                    + ") or is a finer part of it; write the coarser date first or use a single date");
        }
    }

    /** The range of one date: {@code start} and {@code end} are both {@code date}. */
    public static PartialDateRange of(PartialDate date) {
        return new PartialDateRange(date, date);
    }

    /** Whether this is a single date ({@code start} equals {@code end}). */
    public boolean isSingle() {
        return start.equals(end);
    }

    /** The first day of the range: the start's first day. */
    public LocalDate earliest() {
        return start.earliest();
    }

    /** The last day of the range: the end's last day. */
    public LocalDate latest() {
        return end.latest();
    }

    /** Whether {@code date} lies within the range, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    /** EDTF: {@code 2024-01/2025-06} for a range, the single date's form ({@code 2024-06}) otherwise. */
    public String toEdtf() {
        return isSingle() ? start.toEdtf() : start.toEdtf() + "/" + end.toEdtf();
    }

    /**
     * Reads what {@link #toEdtf()} writes: one EDTF date, or two joined by {@code /}. Open ends
     * ({@code ../2024}) are not supported: every range in the registry has both ends.
     *
     * @throws PartialDateParseException if {@code edtf} is anything else or the end is before the start
     */
    public static PartialDateRange fromEdtf(String edtf) {
        if (edtf == null) {
            throw new PartialDateParseException(null, "no EDTF date given");
        }
        int slash = edtf.indexOf('/');
        try {
            if (slash < 0) {
                return of(PartialDate.fromEdtf(edtf));
            }
            return new PartialDateRange(PartialDate.fromEdtf(edtf.substring(0, slash)),
                    PartialDate.fromEdtf(edtf.substring(slash + 1)));
        } catch (PartialDateParseException e) {
            throw new PartialDateParseException(edtf, e.reason());
        } catch (IllegalArgumentException e) {
            throw new PartialDateParseException(edtf, e.getMessage());
        }
    }

    /** Start, then end. */
    @Override
    public int compareTo(PartialDateRange other) {
        return ORDER.compare(this, other);
    }

    /** The EDTF form. */
    @Override
    public String toString() {
        return toEdtf();
    }
}
