package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Puts the figures a page states together as one budget and says what does not add up: grant + own contribution
 * that is not the cost to the cent, a grant above the cost, all partners' budget below one partner's cost, mixed
 * currencies, and two figures of one kind that differ ({@code Eelarve: 10 000 €} and later {@code Eelarve:
 * 12 000 €}). Nothing is corrected; an own contribution the page leaves out is cost − grant, and says so.
 */
final class BudgetWarnings {

    private BudgetWarnings() {
    }

    static BudgetReader.Result summarise(List<BudgetReader.Placed> placed) {
        List<String> warnings = new ArrayList<>();
        BudgetReader.Placed total = first(placed, BudgetReader.Figure.PARTNERS_TOTAL, warnings);
        BudgetReader.Placed cost = first(placed, BudgetReader.Figure.COST, warnings);
        BudgetReader.Placed grant = first(placed, BudgetReader.Figure.GRANT, warnings);
        BudgetReader.Placed own = first(placed, BudgetReader.Figure.OWN, warnings);
        String currency = null;
        for (BudgetReader.Placed p : Stream.of(total, cost, grant, own).filter(Objects::nonNull).toList()) {
            if (p.amount().currency() == null) {
                continue;
            }
            if (currency == null) {
                currency = p.amount().currency();
            } else if (!currency.equals(p.amount().currency())) {
                warnings.add("Budget figures are in different currencies (" + currency + ", " + p.amount().currency()
                        + "): check them.");
            }
        }
        BigDecimal ownValue = own == null ? null : own.amount().value();
        if (cost != null && grant != null && own != null) {
            BigDecimal sum = grant.amount().value().add(own.amount().value());
            if (sum.compareTo(cost.amount().value()) != 0) {
                warnings.add("Grant " + grant.amount().asWritten() + " + own contribution " + own.amount().asWritten()
                        + " = " + sum.toPlainString() + ", not the cost " + cost.amount().asWritten()
                        + " as written; kept as written.");
            }
        } else if (cost != null && grant != null) {
            ownValue = cost.amount().value().subtract(grant.amount().value());
            warnings.add("Own contribution not stated; " + ownValue.toPlainString() + " is cost − grant.");
        }
        if (cost != null && grant != null && grant.amount().value().compareTo(cost.amount().value()) > 0) {
            warnings.add("Grant " + grant.amount().asWritten() + " is more than the cost "
                    + cost.amount().asWritten() + ".");
        }
        if (total != null && cost != null && total.amount().value().compareTo(cost.amount().value()) < 0) {
            warnings.add("All partners' budget " + total.amount().asWritten() + " is less than this partner's cost "
                    + cost.amount().asWritten() + ".");
        }
        if (ownValue != null && ownValue.signum() < 0) {
            warnings.add("Own contribution comes out negative: check the figures.");
        }
        Budget budget = new Budget(value(total), value(cost), value(grant), ownValue, currency, List.copyOf(warnings));
        // the figures kept first, where the page is marked for each field; the others' lines are budget lines too
        List<BudgetReader.Placed> ordered = new ArrayList<>(Stream.of(total, cost, grant, own).filter(Objects::nonNull).toList());
        placed.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        return new BudgetReader.Result(budget, ordered, warnings);
    }

    private static BigDecimal value(BudgetReader.Placed p) {
        return p == null ? null : p.amount().value();
    }

    /** The figure of one kind kept (the first), with a warning for each other one that differs from it. */
    private static BudgetReader.Placed first(List<BudgetReader.Placed> placed, BudgetReader.Figure kind,
                                             List<String> warnings) {
        BudgetReader.Placed first = null;
        for (BudgetReader.Placed p : placed) {
            if (p.figure() != kind) {
                continue;
            }
            if (first == null) {
                first = p;
            } else if (p.amount().value().compareTo(first.amount().value()) != 0
                    || !Objects.equals(p.amount().currency(), first.amount().currency())) {
                warnings.add("Two figures for " + NAMES[kind.ordinal()] + ": " + first.amount().asWritten() + " and "
                        + p.amount().asWritten() + "; " + first.amount().asWritten() + " is kept.");
            }
        }
        return first;
    }

    private static final String[] NAMES = {"all partners' budget", "the own contribution", "the grant", "the cost"};
}
