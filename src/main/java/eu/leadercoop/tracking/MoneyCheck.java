package eu.leadercoop.tracking;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's money, checked: each stated figure with its euro value and the rate date, and every rule the
 * figures break.
 *
 * @param conversionDate  the day whose rates convert the figures: the project's last day, else its first,
 *                        else today; each conversion then uses the last rate published on or before it
 * @param partnersTotal   all partners' budget as stated, or null
 * @param total           the project's budget as one figure (all partners' budget, else the partners' costs
 *                        when in one currency), or null
 * @param partnerCostsEur all partners' stated costs together in euro, across currencies; null when no cost is
 *                        stated or one cannot be converted
 * @param measureRule     the measure rule the funding matches, or null
 * @param warnings        the registry's ({@code sum_differs}, {@code grant_above_cost},
 *                        {@code partners_above_total}) and {@code grant_rate_above_maximum} (amounts: grant, cost,
 *                        grant rate to four decimals, maximum rate, largest grant the maximum allows)
 */
public record MoneyCheck(
        long projectId,
        LocalDate conversionDate,
        Figure partnersTotal,
        Figure total,
        Money partnerCostsEur,
        List<LineCheck> lines,
        MeasureRule measureRule,
        List<ProjectDetails.BudgetWarning> warnings) {

    /** A stated amount and its value in euro; {@code eur} is null when no rate is known. */
    public record Figure(Money amount, Conversion eur) {
    }

    /** One partner's line; any figure may be null when the source does not state it. */
    public record LineCheck(long organisationId, String organisation, Figure cost, Figure grant, Figure ownContribution,
            boolean ownContributionDerived, BigDecimal grantRate) {
    }
}
