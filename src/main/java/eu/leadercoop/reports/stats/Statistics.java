package eu.leadercoop.reports.stats;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.reports.export.ExportTable;
import eu.leadercoop.reports.export.PublishedRegistry;
import eu.leadercoop.reports.stats.NetworkStatistics.Breakdown;
import eu.leadercoop.reports.stats.NetworkStatistics.Row;
import eu.leadercoop.registry.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The network statistics of the published registry, and the same numbers as one table for CSV. */
@Component
public class Statistics {

    private final PublishedRegistry registry;
    private final MessageSource messages;
    private final Regions regions;

    Statistics(PublishedRegistry registry, MessageSource messages, Regions regions) {
        this.registry = registry;
        this.messages = messages;
        this.regions = regions;
    }

    public NetworkStatistics of(Locale locale) {
        return new StatisticsCalculator(new GroupNames(locale, messages, regions)).calculate(registry.projects());
    }

    /**
     * Every row of every breakdown, one line each: {@code dimension, key, label, projects, events} and one
     * {@code budget_<currency>} column per currency that occurs (empty where a group has none).
     */
    public static ExportTable table(NetworkStatistics statistics) {
        TreeSet<String> currencies = new TreeSet<>();
        statistics.totals().budgets().forEach(m -> currencies.add(m.currency().getCurrencyCode()));
        List<String> columns = new ArrayList<>(List.of("dimension", "key", "label", "projects", "events"));
        currencies.forEach(c -> columns.add("budget_" + c.toLowerCase(Locale.ROOT)));
        List<List<Object>> rows = new ArrayList<>();
        for (Breakdown b : statistics.breakdowns()) {
            for (Row r : b.rows()) {
                List<Object> row = new ArrayList<>(Arrays.asList(b.dimension(), r.key(), r.label(), r.projects(), r.events()));
                currencies.forEach(c -> row.add(amount(r.budgets(), c)));
                rows.add(row);
            }
        }
        return new ExportTable("statistics", columns, rows);
    }

    private static BigDecimal amount(List<Money> budgets, String currency) {
        return budgets.stream().filter(m -> m.currency().getCurrencyCode().equals(currency))
                .map(Money::amount).findFirst().orElse(null);
    }
}
