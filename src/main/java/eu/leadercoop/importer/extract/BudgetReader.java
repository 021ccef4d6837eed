package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the money of a project: every sum of money in the page is placed by the budget word written before
 * it, after the previous sum ({@code kogumaksumus 33 000 € / toetus 29 700 €}). Words in brackets are
 * skipped, because they explain rather than name ({@code Maksumus (sh toetus ja omaosalus): 33 002,80 eurot}).
 *
 * <p>What a figure is comes from the meaning of its word:
 * <ul>
 *   <li>all partners' budget: the project's budget ({@code eelarve}, {@code budżet projektu}, {@code kogumaksumus},
 *       {@code wartość projektu}, {@code budget}) and the partners' total named as such
 *       ({@code partnerite eelarve kokku}, {@code budżet wszystkich partnerów});</li>
 *   <li>this partner's cost: {@code maksumus}, {@code koszt}, {@code cost}, and any budget word named for one
 *       partner ({@code JAP projekti kogumaksumus}, {@code budżet partnera});</li>
 *   <li>grant ({@code toetus}, {@code dofinansowanie}) and own contribution ({@code omaosalus}, {@code wkład własny}).</li>
 * </ul>
 * A grant and an own contribution are stated per beneficiary, so on a page that gives them but no cost, the
 * project's budget is the budget they make up: the cost of the partner whose page it is ({@code Projekti eelarve:
 * 50 000 eurot, sh toetus 45 000 eurot}). A project's budget with no grant beside it is all partners' budget.
 *
 * <p>The figures are kept as written; {@link BudgetWarnings} says what does not add up. Of two figures of one kind
 * the one whose word names the kind outright is kept (the partners' total named as such before a project's budget),
 * else the first, and a warning shows both.
 */
final class BudgetReader {

    enum Figure {PARTNERS_TOTAL, OWN, GRANT, COST}

    /** What the word before a sum says it is. */
    private enum Label {ALL_PARTNERS, PROJECT, COST, GRANT, OWN}

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
                    + "|(?<cost>maksumus" + L + "|kulud|koszt" + L + "|costs?)"
                    + "|(?<project>kogumaksumus" + L + "|kogueelarve" + L + "|eelarve" + L + "|budżet" + L
                    + "|wartość" + L + "|total|budget|value)");

    /** "JAP projekti kogumaksumus", "partneri eelarve": a budget word named for one organisation. */
    private static final Pattern FOR_ONE_PARTNER_BEFORE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+projekti|(?<![\\p{L}])(?:partneri|partner's|our|meie))\\s+$");
    /** "budżet partnera", "cost of the lead partner". */
    private static final Pattern FOR_ONE_PARTNER_AFTER = Pattern.compile(
            "^\\s+(?:partnera|lidera|wnioskodawcy|of the (?:lead )?partner(?![\\p{L}]))");

    /** What the budget reader found. */
    record Result(Budget budget, List<Placed> placed, List<String> warnings) {
    }

    /** One figure placed on a budget line, with where it was read. */
    record Placed(Figure figure, Amount amount, int lineStart) {
    }

    private record Read(Label label, Amount amount, int lineStart) {
    }

    private BudgetReader() {
    }

    static Result read(List<Section> sections) {
        List<Read> read = new ArrayList<>();
        for (Section section : sections) {
            if (section.kind() == SectionKind.MEDIA || section.kind() == SectionKind.EVENTS) {
                continue;
            }
            Label fromHeading = section.kind() == SectionKind.BUDGET && section.heading() != null
                    ? lastKeyword(section.heading().text(), section.heading().lower(), 0, labelEnd(section)) : null;
            for (Line line : section.valueAndBody()) {
                placeAmounts(line, fromHeading, read);
            }
        }
        return BudgetWarnings.summarise(resolve(read));
    }

    private static void placeAmounts(Line line, Label fromHeading, List<Read> read) {
        List<Amount> amounts = AmountParser.findAll(line.text());
        int segmentStart = 0;
        boolean first = true;
        for (Amount amount : amounts) {
            Label kind = lastKeyword(line.text(), line.lower(), segmentStart, amount.start());
            if (kind == null && first) {
                // "Eelarve:" as the heading, the sum after it or on a line of its own below
                kind = fromHeading;
            }
            if (kind != null) {
                read.add(new Read(kind, amount, line.start()));
            }
            segmentStart = amount.end();
            first = false;
        }
    }

    /**
     * Each sum as a figure of the result: the project's budget is the cost where grant or own contribution are
     * stated without a cost, else all partners' budget.
     */
    private static List<Placed> resolve(List<Read> read) {
        boolean cost = read.stream().anyMatch(r -> r.label() == Label.COST);
        boolean parts = read.stream().anyMatch(r -> r.label() == Label.GRANT || r.label() == Label.OWN);
        boolean projectIsCost = !cost && parts;
        List<Placed> placed = new ArrayList<>(read.size());
        for (Read r : read) {
            Figure f = switch (r.label()) {
                case ALL_PARTNERS -> Figure.PARTNERS_TOTAL;
                case PROJECT -> projectIsCost ? Figure.COST : Figure.PARTNERS_TOTAL;
                case COST -> Figure.COST;
                case GRANT -> Figure.GRANT;
                case OWN -> Figure.OWN;
            };
            placed.add(new Placed(f, r.amount(), r.lineStart()));
        }
        // the partners' total named as such is the right one of two totals: it goes first
        placed.sort((a, b) -> Boolean.compare(!named(a, read), !named(b, read)));
        return placed;
    }

    private static boolean named(Placed p, List<Read> read) {
        for (Read r : read) {
            if (r.amount() == p.amount()) {
                return r.label() == Label.ALL_PARTNERS;
            }
        }
        return false;
    }

    private static int labelEnd(Section section) {
        Line heading = section.heading();
        return section.value().isEmpty() ? heading.text().length() : section.valueStart() - heading.start();
    }

    /** The last budget word between {@code from} and {@code to}, bracketed words skipped. */
    private static Label lastKeyword(String text, String lower, int from, int to) {
        Matcher m = KEYWORDS.matcher(lower);
        m.region(from, to);
        Label last = null;
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
                last = label(m, text, lower, from);
            }
        }
        return last;
    }

    private static Label label(Matcher m, String text, String lower, int from) {
        if (m.group("total") != null) {
            return Label.ALL_PARTNERS;
        }
        if (m.group("own") != null) {
            return Label.OWN;
        }
        if (m.group("grant") != null) {
            return Label.GRANT;
        }
        boolean forOnePartner = FOR_ONE_PARTNER_BEFORE.matcher(text.substring(from, m.start())).find()
                || FOR_ONE_PARTNER_AFTER.matcher(lower.substring(m.end())).find();
        return m.group("cost") != null || forOnePartner ? Label.COST : Label.PROJECT;
    }
}
