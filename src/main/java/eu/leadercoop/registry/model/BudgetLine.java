package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * One partner's share of a project's money: cost, grant (toetus, dofinansowanie) and own contribution
 * (omaosalus, wkład własny), in one currency. Any of the three may be unknown: sources often state only
 * two. The rule grant + own contribution = cost is checked, never enforced: a source that disagrees is
 * kept as written and flagged.
 */
@Embeddable
public record BudgetLine(
        @Column(name = "budget_cost", precision = 15, scale = 2) BigDecimal cost,
        @Column(name = "budget_grant", precision = 15, scale = 2) BigDecimal grant,
        @Column(name = "budget_own_contribution", precision = 15, scale = 2) BigDecimal ownContribution,
        @Column(name = "budget_currency", length = 3) Currency currency) {

    public boolean isEmpty() {
        return cost == null && grant == null && ownContribution == null;
    }

    public Optional<Money> costMoney() {
        return Optional.ofNullable(Money.of(cost, currency));
    }

    public Optional<Money> grantMoney() {
        return Optional.ofNullable(Money.of(grant, currency));
    }

    public Optional<Money> ownContributionMoney() {
        return Optional.ofNullable(Money.of(ownContribution, currency));
    }

    /** Own contribution as stated, or, when only cost and grant are stated, their difference. */
    public Optional<Money> ownContributionOrDerived() {
        if (ownContribution != null) {
            return ownContributionMoney();
        }
        if (cost != null && grant != null) {
            return Optional.of(new Money(cost.subtract(grant), currency));
        }
        return Optional.empty();
    }

    /** Grant as a share of cost (0.9 for 90 %), to four decimals; empty when either is unknown. */
    public Optional<BigDecimal> grantRate() {
        if (cost == null || grant == null || cost.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(grant.divide(cost, 4, RoundingMode.HALF_UP));
    }

    /**
     * The difference (grant + own contribution) - cost when all three are stated and they do not add up
     * to the cent; empty when they agree or cannot be checked.
     */
    public Optional<BigDecimal> discrepancy() {
        if (cost == null || grant == null || ownContribution == null) {
            return Optional.empty();
        }
        BigDecimal difference = grant.add(ownContribution).subtract(cost);
        return difference.signum() == 0 ? Optional.empty() : Optional.of(difference);
    }
}
