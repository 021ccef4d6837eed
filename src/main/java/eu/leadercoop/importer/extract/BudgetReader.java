package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the money of a project: every sum of money in the page is placed by the budget word written before
 * it, after the previous sum ({@code kogumaksumus 33 000 € / toetus 29 700 €}). Words in brackets are
 * skipped, because they explain rather than name ({@code Maksumus (sh toetus ja omaosalus): 33 002,80 eurot}).
 *
 * <p>The figures are kept as written. When grant + own contribution is not the cost to the cent, a warning
 * says so; nothing is corrected.
 */
final class BudgetReader {

    enum Figure {PARTNERS_TOTAL, OWN, GRANT, COST}

    private static final String L = "\\p{L}*";
    private static final Pattern KEYWORDS = Pattern.compile(
            "(?<total>partnerite (?:kogu ?)?(?:eelarve|maksumus)" + L + "|(?:kõigi|kõikide) partnerite" + L
                    + "|budżet" + L + " (?:wszystkich )?partnerów|łączn" + L + " budżet" + L
                    + "|total budget of (?:all )?(?:the )?partners|all partners|partners'? (?:total )?budget"
                    + "|partnership budget)"
                    + "|(?<own>omaosalus" + L + "|omafinantseering" + L + "|oma ?panus" + L + "|omavahend" + L
                    + "|kaasfinantseering" + L + "|wkład" + L + " własn" + L + "|środki własne|środków własnych"
                    + "|own contribution|own funds|co-?financing|self-financing|match funding)"
                    + "|(?<grant>toetus" + L + "|dofinansowani" + L + "|dotacj" + L + "|pomocy|pomoc|refundacj" + L
                    + "|grant" + L + "|subsid" + L + "|eu contribution|funding|rahastus" + L + ")"
                    + "|(?<cost>kogumaksumus" + L + "|maksumus" + L + "|kogueelarve" + L + "|eelarve" + L + "|kulud"
                    + "|budżet" + L + "|koszt" + L + "|wartość" + L + "|total|costs?|budget|value)");

    /** What the budget reader found. */
    record Result(Budget budget, List<Placed> placed, List<String> warnings) {
    }

    /** One figure placed on a budget line, with where it was read. */
    record Placed(Figure figure, Amount amount, int lineStart) {
    }

    private BudgetReader() {
    }

    static Result read(List<Section> sections) {
        List<Placed> placed = new ArrayList<>();
        for (Section section : sections) {
            if (section.kind() == SectionKind.MEDIA || section.kind() == SectionKind.EVENTS) {
                continue;
            }
            Figure fromHeading = section.kind() == SectionKind.BUDGET && section.heading() != null
                    ? lastKeyword(section.heading().lower(), 0, labelEnd(section)) : null;
            for (Line line : section.valueAndBody()) {
                placeAmounts(line, section, fromHeading, placed);
            }
        }
        return summarise(placed);
    }

    private static void placeAmounts(Line line, Section section, Figure fromHeading,
                                     List<Placed> placed) {
        List<Amount> amounts = AmountParser.findAll(line.text());
        int segmentStart = 0;
        boolean first = true;
        for (Amount amount : amounts) {
            Figure kind = lastKeyword(line.lower(), segmentStart, amount.start());
            if (kind == null && first) {
                // "Eelarve:" as the heading, the sum after it or on a line of its own below
                kind = fromHeading;
            }
            if (kind != null) {
                placed.add(new Placed(kind, amount, line.start()));
            }
            segmentStart = amount.end();
            first = false;
        }
    }

    private static int labelEnd(Section section) {
        Line heading = section.heading();
        return section.value().isEmpty() ? heading.text().length() : section.valueStart() - heading.start();
    }

    /** The last budget word between {@code from} and {@code to}, bracketed words skipped. */
    private static Figure lastKeyword(String lower, int from, int to) {
        Matcher m = KEYWORDS.matcher(lower);
        m.region(from, to);
        Figure last = null;
        int depth = 0;
        int scanned = from;
        while (m.find()) {
            for (int i = scanned; i < m.start(); i++) {
                char c = lower.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
            scanned = m.start();
            boolean wordStart = m.start() == 0 || !Character.isLetter(lower.charAt(m.start() - 1));
            if (depth == 0 && wordStart) {
                last = m.group("total") != null ? Figure.PARTNERS_TOTAL
                        : m.group("own") != null ? Figure.OWN
                        : m.group("grant") != null ? Figure.GRANT : Figure.COST;
            }
        }
        return last;
    }

    private static Result summarise(List<Placed> placed) {
        Placed total = first(placed, Figure.PARTNERS_TOTAL);
        Placed cost = first(placed, Figure.COST);
        Placed grant = first(placed, Figure.GRANT);
        Placed own = first(placed, Figure.OWN);
        List<String> warnings = new ArrayList<>();
        String currency = null;
        for (Placed p : java.util.stream.Stream.of(total, cost, grant, own).filter(java.util.Objects::nonNull).toList()) {
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
        return new Result(budget, List.copyOf(placed), warnings);
    }

    private static BigDecimal value(Placed p) {
        return p == null ? null : p.amount().value();
    }

    private static Placed first(List<Placed> placed, Figure kind) {
        for (Placed p : placed) {
            if (p.figure() == kind) {
                return p;
            }
        }
        return null;
    }
}
