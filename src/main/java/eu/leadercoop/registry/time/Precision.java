package eu.leadercoop.registry.time;

/**
 * How precisely a {@link PartialDate} is known, from coarsest to finest.
 *
 * <p>The declaration order is used by {@link PartialDate#compareTo}: when two dates begin on the same
 * day, the coarser one sorts first. {@link #SEASON} and {@link #QUARTER} both cover three months; they
 * never begin on the same day (seasons begin in March, June, September and December, quarters in
 * January, April, July and October), so their relative order never decides a comparison.
 */
public enum Precision {
    /** A calendar year: {@code 2024}. */
    YEAR,
    /** A meteorological season of a year: {@code kevad 2025}, EDTF {@code 2025-21}. */
    SEASON,
    /** A calendar quarter of a year: {@code I kvartal 2024}, EDTF {@code 2024-33}. */
    QUARTER,
    /** A month of a year: {@code jaanuar 2024}, EDTF {@code 2024-01}. */
    MONTH,
    /** A single day: {@code 08.11.2024}, EDTF {@code 2024-11-08}. */
    DAY
}
