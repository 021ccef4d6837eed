package eu.leadercoop.search.index;

import eu.leadercoop.registry.time.PartialDate;
import java.time.LocalDate;

/**
 * A period as the days it can cover, for range queries: a project "from March 2024" with no end is
 * taken to run until {@link #OPEN_END}, one "until June 2025" with no start since {@link #OPEN_START}.
 */
public record PeriodDays(LocalDate first, LocalDate last) {

    public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** Null when neither end of the period is known. */
    public static PeriodDays of(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return null;
        }
        return new PeriodDays(start == null ? OPEN_START : start.earliest(), end == null ? OPEN_END : end.latest());
    }

    /** The calendar years the period touches, at most {@code max} of them from its first known year. */
    public static int[] years(PartialDate start, PartialDate end, int max) {
        if (start == null && end == null) {
            return new int[0];
        }
        int from = (start != null ? start.earliest() : end.latest()).getYear();
        int to = (end != null ? end.latest() : start.earliest()).getYear();
        int count = Math.max(1, Math.min(max, to - from + 1));
        int[] years = new int[count];
        for (int i = 0; i < count; i++) {
            years[i] = from + i;
        }
        return years;
    }
}
