package eu.leadercoop.registry.time;

/**
 * One date as it is written in a text, before it becomes a {@link PartialDate}. It may lack parts that
 * a neighbour supplies: in "23.-24.08 2024" the "23." has neither month nor year, in "märts–mai 2025"
 * the "märts" has no year, and in "2020. ja 2021. aasta märtsis" the "2020." borrows the month.
 *
 * <p>Missing numbers are {@link #NONE}. A date whose shape is recognised but cannot be read without
 * guessing (a two-digit year, an EDTF code that means nothing) carries a {@link #problem} instead.
 *
 * @param yearFirst  the year was written before the month or season ("2021. aasta märtsis"), the
 *                   Estonian order that lets a list of bare years share the month that follows them
 * @param firstToken index of the first token of the date
 * @param endToken   index after its last token
 */
record WrittenDate(int year, int month, int day, Season season, int quarter, boolean yearFirst,
                   String problem, int firstToken, int endToken) {

    static final int NONE = -1;

    static WrittenDate day(int first, int end, int day, int month, int year) {
        return new WrittenDate(year, month, day, null, NONE, false, null, first, end);
    }

    static WrittenDate month(int first, int end, int month, int year, boolean yearFirst) {
        return new WrittenDate(year, month, NONE, null, NONE, yearFirst, null, first, end);
    }

    static WrittenDate season(int first, int end, Season season, int year, boolean yearFirst) {
        return new WrittenDate(year, NONE, NONE, season, NONE, yearFirst, null, first, end);
    }

    static WrittenDate quarter(int first, int end, int quarter, int year) {
        return new WrittenDate(year, NONE, NONE, null, quarter, false, null, first, end);
    }

    static WrittenDate year(int first, int end, int year) {
        return new WrittenDate(year, NONE, NONE, null, NONE, true, null, first, end);
    }

    static WrittenDate unreadable(int first, int end, String problem) {
        return new WrittenDate(NONE, NONE, NONE, null, NONE, false, problem, first, end);
    }

    /** ISO 8601-2 / EDTF {@code YYYY-NN}: NN is a month 01–12, a season 21–24 or a quarter 33–36. */
    static WrittenDate edtf(int first, int end, int year, int code) {
        try {
            PartialDate date = PartialDate.ofEdtfCode(year, code);
            return new WrittenDate(year, date.month() == 0 ? NONE : date.month(), NONE, date.season(),
                    date.quarter() == 0 ? NONE : date.quarter(), false, null, first, end);
        } catch (IllegalArgumentException e) {
            return unreadable(first, end, e.getMessage());
        }
    }

    boolean hasYear() {
        return year != NONE;
    }

    boolean hasMonth() {
        return month != NONE;
    }

    boolean hasDay() {
        return day != NONE;
    }

    /** Only a year, nothing finer: "2020." in "2020. ja 2021. aasta märtsis". */
    boolean isBareYear() {
        return hasYear() && !hasMonth() && !hasDay() && season == null && quarter == NONE && problem == null;
    }

    /** Whether this date can stand alone, without borrowing from a neighbour. */
    boolean isComplete() {
        return problem != null || hasYear() && (!hasDay() || hasMonth());
    }

    /**
     * Fills in what a later date in the same range or list supplies: the year ("märts–mai 2025"), the
     * month of a bare day ("23.-24.08 2024"). A bare year before a year-first month or season in a list
     * takes that month or season too ("2020. ja 2021. aasta märtsis" is March of both years).
     */
    WrittenDate borrowFromLater(WrittenDate later, boolean inList) {
        if (inList && isBareYear() && later.yearFirst && !later.hasDay() && (later.hasMonth() || later.season != null)) {
            return new WrittenDate(year, later.month, NONE, later.season, NONE, true, null, firstToken, endToken);
        }
        return borrow(later);
    }

    /** Fills in what the start of a range supplies to its end: "June 4–7, 2024", "01.03.2024 – 15.04". */
    WrittenDate borrowFromEarlier(WrittenDate earlier) {
        return borrow(earlier);
    }

    private WrittenDate borrow(WrittenDate other) {
        int newYear = hasYear() ? year : other.year;
        int newMonth = hasDay() && !hasMonth() ? other.month : month;
        return new WrittenDate(newYear, newMonth, day, season, quarter, yearFirst, problem, firstToken, endToken);
    }

    /**
     * A day and month written without a year take the given one ("10 maja" on a page of 2018); anything else, and
     * every date when {@code year} is {@link #NONE}, stays as it is.
     */
    WrittenDate withYearOfDays(int year) {
        if (year == NONE || hasYear() || !hasDay() || !hasMonth() || problem != null) {
            return this;
        }
        return new WrittenDate(year, month, day, season, quarter, yearFirst, problem, firstToken, endToken);
    }

    /**
     * The partial date this stands for.
     *
     * @throws IllegalArgumentException with a reason for the writer if parts are missing or impossible
     */
    PartialDate toPartialDate() {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!hasYear()) {
            throw new IllegalArgumentException("no year is given or implied");
        }
        if (hasDay() && !hasMonth()) {
            throw new IllegalArgumentException("day " + day + " has no month");
        }
        if (hasDay()) {
            return PartialDate.ofDay(year, month, day);
        }
        if (hasMonth()) {
            return PartialDate.ofMonth(year, month);
        }
        if (season != null) {
            return PartialDate.ofSeason(year, season);
        }
        return quarter != NONE ? PartialDate.ofQuarter(year, quarter) : PartialDate.ofYear(year);
    }
}
