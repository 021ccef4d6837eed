package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.BudgetLine;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The money rules a budget block shows as warnings, never as corrections: grant + own contribution =
 * cost for each partner, and partners' costs not above the stated all-partners budget.
 */
final class BudgetChecks {

    private BudgetChecks() {
    }

    static ProjectDetails.Budget budget(Project p) {
        List<ProjectDetails.Line> lines = p.getPartnerships().stream()
                .filter(s -> !s.getBudget().isEmpty())
                .map(BudgetChecks::line)
                .toList();
        return new ProjectDetails.Budget(p.getPartnersTotal().orElse(null), p.totalBudget().orElse(null), lines, warnings(p));
    }

    static List<ProjectDetails.BudgetWarning> warnings(Project p) {
        List<ProjectDetails.BudgetWarning> warnings = new ArrayList<>();
        for (Partnership s : p.getPartnerships()) {
            BudgetLine b = s.getBudget();
            String name = s.getOrganisation().getName();
            String currency = b.currency() == null ? null : b.currency().getCurrencyCode();
            b.discrepancy().ifPresent(d -> {
                BigDecimal sum = b.grant().add(b.ownContribution());
                warnings.add(new ProjectDetails.BudgetWarning("sum_differs", name, List.of(b.grant(), b.ownContribution(), sum, b.cost()),
                        currency, "%s: grant %s + own contribution %s = %s, but the stated cost is %s"
                                .formatted(name, plain(b.grant()), plain(b.ownContribution()), plain(sum), plain(b.cost()))));
            });
            if (b.cost() != null && b.grant() != null && b.grant().compareTo(b.cost()) > 0) {
                warnings.add(new ProjectDetails.BudgetWarning("grant_above_cost", name, List.of(b.grant(), b.cost()), currency,
                        "%s: grant %s is more than the cost %s".formatted(name, plain(b.grant()), plain(b.cost()))));
            }
        }
        partnerCostsAboveTotal(p).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * Partners' costs above the budget of all partners. Costs in another currency than that budget's cannot
     * be added here (the registry keeps no exchange rates): they are named in a {@code partners_not_compared}
     * warning instead, which the tracking module's money checks settle with ECB rates where it has them.
     */
    private static Optional<ProjectDetails.BudgetWarning> partnerCostsAboveTotal(Project p) {
        Optional<Money> total = p.getPartnersTotal();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        String currency = total.get().currency().getCurrencyCode();
        BigDecimal sum = BigDecimal.ZERO;
        java.util.Set<String> others = new java.util.TreeSet<>();
        for (Partnership s : p.getPartnerships()) {
            Optional<Money> cost = s.getBudget().costMoney();
            if (cost.isPresent() && cost.get().currency().equals(total.get().currency())) {
                sum = sum.add(cost.get().amount());
            } else if (cost.isPresent()) {
                others.add(cost.get().currency().getCurrencyCode());
            }
        }
        if (!others.isEmpty()) {
            return Optional.of(new ProjectDetails.BudgetWarning("partners_not_compared", null, List.of(), currency,
                    "partners' costs in %s are not compared with the budget of all partners in %s: they are in another currency"
                            .formatted(String.join(", ", others), currency)));
        }
        if (sum.compareTo(total.get().amount()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ProjectDetails.BudgetWarning("partners_above_total", null, List.of(sum, total.get().amount()), currency,
                "partners' costs add up to %s %s, more than the stated budget of all partners %s"
                        .formatted(plain(sum), currency, total.get())));
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    /** One partner's line as the budget block shows it, own contribution derived where unstated. */
    static ProjectDetails.Line line(Partnership s) {
        BudgetLine b = s.getBudget();
        Money own = b.ownContributionOrDerived().orElse(null);
        return new ProjectDetails.Line(s.getOrganisation().getId(), s.getOrganisation().getName(), b.cost(), b.grant(),
                own == null ? null : own.amount(), b.ownContribution() == null && own != null,
                b.currency() == null ? null : b.currency().getCurrencyCode(),
                b.grantRate().orElse(null), b.discrepancy().orElse(null));
    }
}
