package eu.leadercoop.reports.stats;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.reports.export.ExportTable;
import eu.leadercoop.reports.export.PublishedRegistry;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.reports.stats.NetworkStatistics.Breakdown;
import eu.leadercoop.reports.stats.NetworkStatistics.InEur;
import eu.leadercoop.reports.stats.NetworkStatistics.Row;
import eu.leadercoop.tracking.Conversion;
import eu.leadercoop.tracking.MoneyCheck;
import eu.leadercoop.tracking.MoneyChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The network statistics of the published registry, and the same numbers as one table for CSV. */
@Component
public class Statistics {

    private final PublishedRegistry registry;
    private final MessageSource messages;
    private final Regions regions;
    private final MoneyChecks moneyChecks;

    Statistics(PublishedRegistry registry, MessageSource messages, Regions regions, MoneyChecks moneyChecks) {
        this.registry = registry;
        this.messages = messages;
        this.regions = regions;
        this.moneyChecks = moneyChecks;
    }

    public NetworkStatistics of(Locale locale) {
        List<ProjectDetails> projects = registry.projects();
        return new StatisticsCalculator(new GroupNames(locale, messages, regions), inEur(projects)).calculate(projects);
    }

    /** Each project's budget in euro as tracking converts it; projects without a budget or a rate are left out. */
    private Map<Long, Conversion> inEur(List<ProjectDetails> projects) {
        Map<Long, Conversion> converted = new HashMap<>();
        for (ProjectDetails p : projects) {
            MoneyCheck.Figure total = p.budget().total() == null ? null : moneyChecks.of(p).total();
            if (total != null && total.eur() != null) {
                converted.put(p.id(), total.eur());
            }
        }
        return converted;
    }

    /**
     * Every row of every breakdown, one line each: {@code dimension, key, label, projects, events}, one
     * {@code budget_<currency>} column per currency that occurs (empty where a group has none), then
     * {@code budget_in_eur} and {@code eur_rates} (each rate as {@code PLN 4.4 2023-10-31}), empty where a
     * budget cannot be converted.
     */
    public static ExportTable table(NetworkStatistics statistics) {
        TreeSet<String> currencies = new TreeSet<>();
        statistics.totals().budgets().forEach(m -> currencies.add(m.currency().getCurrencyCode()));
        List<String> columns = new ArrayList<>(List.of("dimension", "key", "label", "projects", "events"));
        currencies.forEach(c -> columns.add("budget_" + c.toLowerCase(Locale.ROOT)));
        columns.addAll(List.of("budget_in_eur", "eur_rates"));
        List<List<Object>> rows = new ArrayList<>();
        for (Breakdown b : statistics.breakdowns()) {
            for (Row r : b.rows()) {
                List<Object> row = new ArrayList<>(Arrays.asList(b.dimension(), r.key(), r.label(), r.projects(), r.events()));
                currencies.forEach(c -> row.add(amount(r.budgets(), c)));
                row.add(r.inEur() == null ? null : r.inEur().amount().amount());
                row.add(r.inEur() == null ? null : rates(r.inEur()));
                rows.add(row);
            }
        }
        return new ExportTable("statistics", columns, rows);
    }

    private static String rates(InEur inEur) {
        String rates = inEur.rates().stream().map(u -> u.currency() + " " + u.rate().stripTrailingZeros().toPlainString() + " " + u.date())
                .collect(Collectors.joining("; "));
        return rates.isEmpty() ? null : rates;
    }

    private static BigDecimal amount(List<Money> budgets, String currency) {
        return budgets.stream().filter(m -> m.currency().getCurrencyCode().equals(currency))
                .map(Money::amount).findFirst().orElse(null);
    }
}
