package eu.leadercoop.tracking;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Checks a project's money: the registry's rules (grant + own contribution = cost, grant not above cost,
 * partners' costs not above all partners' budget), the grant rate against the funding measure's maximum
 * when {@link MeasureRules} has one, and every figure converted to euro with ECB rates ({@link Rates}).
 * Warnings carry the numbers; nothing is corrected.
 */
@Service
public class MoneyChecks {

    private final Projects projects;
    private final Rates rates;
    private final MeasureRules rules;
    private final Clock clock;

    MoneyChecks(Projects projects, Rates rates, MeasureRules rules, Clock clock) {
        this.projects = projects;
        this.rates = rates;
        this.rules = rules;
        this.clock = clock;
    }

    /** The checks of a project the current user may see (published, or their own draft); else empty. */
    public Optional<MoneyCheck> of(long projectId) {
        return projects.visibleDetails(projectId, null).map(this::of);
    }

    /** The checks of a project already read. */
    public MoneyCheck of(ProjectDetails p) {
        LocalDate day = conversionDate(p);
        ProjectDetails.Budget budget = p.budget();
        MeasureRule rule = rules.ruleFor(p.funding()).orElse(null);
        List<MoneyCheck.LineCheck> lines = budget.lines().stream().map(l -> new MoneyCheck.LineCheck(l.organisationId(),
                l.organisation(), figure(l.cost(), l.currency(), day), figure(l.grant(), l.currency(), day),
                figure(l.ownContribution(), l.currency(), day), l.ownContributionDerived(), l.grantRate())).toList();
        List<ProjectDetails.BudgetWarning> warnings = new ArrayList<>(budget.warnings());
        if (rule != null) {
            budget.lines().forEach(l -> grantRateAbove(l, rule).ifPresent(warnings::add));
        }
        MoneyCheck.Figure partnersTotal = figure(budget.partnersTotal(), day);
        Money costsInEur = costsInEur(lines);
        comparedInEur(warnings, partnersTotal, costsInEur);
        return new MoneyCheck(p.id(), day, partnersTotal, figure(budget.total(), day), costsInEur, lines, rule, warnings);
    }

    /**
     * Costs in other currencies than the budget of all partners: the registry could not compare them; with
     * every figure in euro at the ECB rate it can, so its {@code partners_not_compared} gives way to the
     * comparison in euro (a {@code partners_above_total} in EUR when the costs are more).
     */
    private static void comparedInEur(List<ProjectDetails.BudgetWarning> warnings, MoneyCheck.Figure partnersTotal, Money costsInEur) {
        boolean uncompared = warnings.removeIf(w -> w.code().equals("partners_not_compared") && costsInEur != null
                && partnersTotal != null && partnersTotal.eur() != null);
        if (!uncompared) {
            return;
        }
        Money totalInEur = partnersTotal.eur().eur();
        if (costsInEur.amount().compareTo(totalInEur.amount()) > 0) {
            warnings.add(new ProjectDetails.BudgetWarning("partners_above_total", null, List.of(costsInEur.amount(), totalInEur.amount()),
                    "EUR", "partners' costs add up to %s EUR at ECB rates, more than the budget of all partners, %s EUR"
                            .formatted(costsInEur.amount().toPlainString(), totalInEur.amount().toPlainString())));
        }
    }

    /** The project's last day, else its first, else today. */
    public LocalDate conversionDate(ProjectDetails p) {
        if (p.period().end() != null) {
            return p.period().end().latest();
        }
        return p.period().start() != null ? p.period().start().earliest() : LocalDate.now(clock);
    }

    private static Optional<ProjectDetails.BudgetWarning> grantRateAbove(ProjectDetails.Line l, MeasureRule rule) {
        if (l.grant() == null || l.cost() == null || l.cost().signum() == 0
                || l.grant().compareTo(l.cost().multiply(rule.maxGrantRate())) <= 0) {
            return Optional.empty();
        }
        BigDecimal rate = l.grant().divide(l.cost(), 4, RoundingMode.HALF_UP);
        BigDecimal allowed = l.cost().multiply(rule.maxGrantRate()).setScale(2, RoundingMode.DOWN);
        return Optional.of(new ProjectDetails.BudgetWarning("grant_rate_above_maximum", l.organisation(),
                List.of(l.grant(), l.cost(), rate, rule.maxGrantRate(), allowed), l.currency(),
                "%s: the grant %s is %s %% of the cost %s; %s %s allows at most %s %%, %s".formatted(l.organisation(),
                        l.grant().toPlainString(), rate.movePointRight(2).stripTrailingZeros().toPlainString(),
                        l.cost().toPlainString(), rule.programme(), rule.measure(), rule.maxPercent().toPlainString(),
                        allowed.toPlainString())));
    }

    private Money costsInEur(List<MoneyCheck.LineCheck> lines) {
        List<MoneyCheck.Figure> costs = lines.stream().map(MoneyCheck.LineCheck::cost).filter(f -> f != null).toList();
        if (costs.isEmpty() || costs.stream().anyMatch(f -> f.eur() == null)) {
            return null;
        }
        return costs.stream().map(f -> f.eur().eur()).reduce(Money::plus).orElseThrow();
    }

    private MoneyCheck.Figure figure(BigDecimal amount, String currency, LocalDate day) {
        return amount == null || currency == null ? null : figure(new Money(amount, Currency.getInstance(currency)), day);
    }

    private MoneyCheck.Figure figure(Money money, LocalDate day) {
        return money == null ? null : new MoneyCheck.Figure(money, rates.toEur(money, day).orElse(null));
    }
}
