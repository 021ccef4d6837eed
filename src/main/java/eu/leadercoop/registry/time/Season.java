package eu.leadercoop.registry.time;

import java.time.LocalDate;
import java.time.Month;

/**
 * A meteorological season, as project pages name them ("kevad 2025", "wiosna 2025", "spring 2025").
 *
 * <p>The rule: spring = March–May, summer = June–August, autumn = September–November, and the winter
 * of year Y runs from 1 December Y to the end of February Y+1. Winter is counted to the year of its
 * December so that the four seasons of one year keep their order (spring, summer, autumn, winter),
 * follow each other without gaps and never overlap the seasons of another year.
 *
 * <p>The codes 21–24 are the season codes of EDTF level 1 / ISO 8601-2 ({@code 2025-21} is spring 2025).
 */
public enum Season {
    SPRING(21, Month.MARCH),
    SUMMER(22, Month.JUNE),
    AUTUMN(23, Month.SEPTEMBER),
    WINTER(24, Month.DECEMBER);

    private final int edtfCode;
    private final Month firstMonth;

    Season(int edtfCode, Month firstMonth) {
        this.edtfCode = edtfCode;
        this.firstMonth = firstMonth;
    }

    /** The EDTF season code, 21 (spring) to 24 (winter). */
    public int edtfCode() {
        return edtfCode;
    }

    /** The month the season begins in. */
    public Month firstMonth() {
        return firstMonth;
    }

    /** The first day of this season of {@code year}. */
    public LocalDate firstDay(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    /** The last day of this season of {@code year}; for winter that is in February of the next year. */
    public LocalDate lastDay(int year) {
        return firstDay(year).plusMonths(3).minusDays(1);
    }

    /**
     * The season with the given EDTF code.
     *
     * @throws IllegalArgumentException if {@code code} is not 21, 22, 23 or 24
     */
    public static Season fromEdtfCode(int code) {
        for (Season season : values()) {
            if (season.edtfCode == code) {
                return season;
            }
        }
        throw new IllegalArgumentException("season code " + code + " does not exist (seasons are 21–24)");
    }
}
