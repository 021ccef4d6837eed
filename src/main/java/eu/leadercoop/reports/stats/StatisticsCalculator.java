package eu.leadercoop.reports.stats;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Event;
import eu.leadercoop.registry.ProjectDetails.Partner;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.reports.export.LeadPartner;
import eu.leadercoop.reports.stats.NetworkStatistics.Breakdown;
import eu.leadercoop.reports.stats.NetworkStatistics.InEur;
import eu.leadercoop.reports.stats.NetworkStatistics.RateUsed;
import eu.leadercoop.reports.stats.NetworkStatistics.Row;
import eu.leadercoop.reports.stats.NetworkStatistics.Totals;
import eu.leadercoop.tracking.Conversion;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts projects, budgets and events into the breakdowns of {@link NetworkStatistics}; names the groups
 * with {@link GroupNames}. Pure: reads only the projects and the euro conversions of their budgets it is given
 * ({@code inEur}: by project id, absent where no rate is known).
 */
final class StatisticsCalculator {

    private final GroupNames names;
    private final Map<Long, Conversion> inEur;

    StatisticsCalculator(GroupNames names, Map<Long, Conversion> inEur) {
        this.names = names;
        this.inEur = inEur;
    }

    NetworkStatistics calculate(List<ProjectDetails> projects) {
        List<Breakdown> breakdowns = List.of(
                breakdown("country", projects, p -> LeadPartner.of(p).map(Partner::country).orElse(null), Event::country),
                breakdown("region", projects, p -> LeadPartner.of(p).map(Partner::region).orElse(null), Event::region),
                breakdown("year", projects, p -> year(p.period().start()), e -> year(e.start())),
                byMeasure(projects),
                byEventType(projects));
        Tally all = new Tally();
        projects.forEach(all::addProject);
        int events = projects.stream().mapToInt(p -> p.events().size()).sum();
        return new NetworkStatistics(names.language(), new Totals(projects.size(), events, Tally.sum(all.budgets),
                all.inEur()), breakdowns);
    }

    private Breakdown breakdown(String dimension, List<ProjectDetails> projects, Function<ProjectDetails, String> projectKey,
            Function<Event, String> eventKey) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (ProjectDetails p : projects) {
            groups.computeIfAbsent(projectKey.apply(p), k -> new Tally()).addProject(p);
            for (Event e : p.events()) {
                groups.computeIfAbsent(eventKey.apply(e), k -> new Tally()).addEvent(p);
            }
        }
        return rows(dimension, groups, Comparator.naturalOrder());
    }

    private Breakdown byMeasure(List<ProjectDetails> projects) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (ProjectDetails p : projects) {
            Tally tally = groups.computeIfAbsent(measure(p), k -> new Tally());
            tally.addProject(p);
            p.events().forEach(e -> tally.addEvent(p));
        }
        return rows("measure", groups, Comparator.naturalOrder());
    }

    private Breakdown byEventType(List<ProjectDetails> projects) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (ProjectDetails p : projects) {
            for (Event e : p.events()) {
                groups.computeIfAbsent(e.type(), k -> new Tally()).addEvent(p);
            }
        }
        groups.values().forEach(Tally::countProjectsOfEvents);
        // most frequent first
        return rows("event_type", groups, Comparator.comparing((String k) -> -groups.get(k).events).thenComparing(k -> k));
    }

    private Breakdown rows(String dimension, Map<String, Tally> groups, Comparator<String> order) {
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.nullsLast(order));
        List<Row> rows = keys.stream().map(k -> {
            Tally t = groups.get(k);
            return new Row(k, names.label(dimension, k), t.projects(), t.events, Tally.sum(t.budgets), t.inEur());
        }).toList();
        return new Breakdown(dimension, names.title(dimension), rows);
    }

    private static String measure(ProjectDetails p) {
        return p.funding() == null || p.funding().measure() == null || p.funding().measure().isBlank()
                ? null : p.funding().measure().strip();
    }

    private static String year(PartialDate date) {
        return date == null ? null : Integer.toString(date.year());
    }

    /** What one group has counted so far. */
    private final class Tally {
        private final Set<Long> projectIds = new HashSet<>();
        private final Set<Long> eventProjectIds = new HashSet<>();
        private final List<Money> budgets = new ArrayList<>();
        private final List<Conversion> conversions = new ArrayList<>();
        private boolean unconverted;
        private int events;

        void addProject(ProjectDetails p) {
            projectIds.add(p.id());
            if (p.budget().total() != null) {
                budgets.add(p.budget().total());
                Conversion conversion = inEur.get(p.id());
                if (conversion == null) {
                    unconverted = true;
                } else {
                    conversions.add(conversion);
                }
            }
        }

        /** The budgets in euro, or null when there are none or one of them has no rate. */
        InEur inEur() {
            if (unconverted || conversions.isEmpty()) {
                return null;
            }
            Money sum = conversions.stream().map(Conversion::eur).reduce(Money::plus).orElseThrow();
            List<RateUsed> rates = conversions.stream().filter(Conversion::converted)
                    .map(c -> new RateUsed(c.original().currency().getCurrencyCode(), c.rate(), c.rateDate()))
                    .distinct().sorted(Comparator.comparing(RateUsed::currency).thenComparing(RateUsed::date)).toList();
            return new InEur(sum, rates);
        }

        void addEvent(ProjectDetails p) {
            events++;
            eventProjectIds.add(p.id());
        }

        /** By event type a group's projects are those that held such an event. */
        void countProjectsOfEvents() {
            projectIds.addAll(eventProjectIds);
        }

        int projects() {
            return projectIds.size();
        }

        /** Sums per currency, in order of currency code; nulls are skipped. */
        static List<Money> sum(List<Money> amounts) {
            Map<String, Money> byCurrency = new TreeMap<>();
            for (Money m : amounts) {
                if (m != null) {
                    byCurrency.merge(m.currency().getCurrencyCode(), m, Money::plus);
                }
            }
            return List.copyOf(byCurrency.values());
        }
    }
}
