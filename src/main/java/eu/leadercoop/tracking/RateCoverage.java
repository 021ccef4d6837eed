package eu.leadercoop.tracking;

import java.time.LocalDate;

/** What rates are known for one currency: its first and last day and on how many days. */
public record RateCoverage(String currency, LocalDate first, LocalDate last, int days) {
}
