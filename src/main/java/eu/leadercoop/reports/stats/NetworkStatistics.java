package eu.leadercoop.reports.stats;

import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The network's figures: published projects, their budgets and their events, broken down by country, region,
 * year, funding measure and event type. Budgets are sums per currency: euros and złoty are never added up.
 *
 * <p>How each thing is placed: a project (and its budget) by its lead partner's country and region (else the
 * applicant's, else the first partner's: see {@code LeadPartner}), by its starting year and by its funding
 * measure; an event by its own country and region, its starting year, its project's measure and its type.
 * So every project and every event is counted once in each breakdown, and the rows of a breakdown add up to
 * the totals. By event type, {@code projects} counts the projects that held such an event.
 *
 * <p>{@code inEur} adds the budgets up in euro where every one of them can be: euro amounts as they are, others
 * at the ECB reference rate of the project's last day (tracking's {@code MoneyChecks}: the last rate published on
 * or before it), each rate named with its date. It is null when a budget's currency has no rate loaded.
 *
 * @param language the language of the labels
 */
public record NetworkStatistics(String language, Totals totals, List<Breakdown> breakdowns) {

    public record Totals(int projects, int events, List<Money> budgets, InEur inEur) {
    }

    /** Budgets summed in euro, and the ECB rates that converted the ones in other currencies. */
    public record InEur(Money amount, List<RateUsed> rates) {
    }

    /** One ECB reference rate: {@code rate} units of {@code currency} per euro on {@code date}. */
    public record RateUsed(String currency, BigDecimal rate, LocalDate date) {

        /** The rate's day as pages write dates ({@code @formats.date}). */
        public PartialDate day() {
            return PartialDate.of(date);
        }
    }

    /** One way of grouping: {@code country}, {@code region}, {@code year}, {@code measure} or {@code event_type}. */
    public record Breakdown(String dimension, String title, List<Row> rows) {
    }

    /**
     * One group. {@code key} is the code (EE, EE-37, 2024, study_trip) or the measure as written; null for
     * things that do not say; {@code label} is the group's name in the asked language.
     */
    public record Row(String key, String label, int projects, int events, List<Money> budgets, InEur inEur) {
    }
}
