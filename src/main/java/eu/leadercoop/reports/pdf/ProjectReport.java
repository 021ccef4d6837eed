package eu.leadercoop.reports.pdf;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.IndicatorProgress;
import eu.leadercoop.tracking.MoneyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report template reads: the project record; its activities in the order the report prints them
 * (joint activities first, then each partner's own); each expected result's progress against its target, by
 * the result's position; the money as tracking checked it, with the amounts not in euro picked out; the money
 * warnings tracking adds to the registry's; and the report's day. {@code activitiesById} lets the pages' events
 * fragment name the activity each event delivers. Commitment statuses come from tracking's template helper
 * ({@code @tracking.badges}), as on the project page.
 */
public record ProjectReport(ProjectDetails project, PartialDate generatedOn, List<ActivityGroup> activityGroups,
        Map<Long, Activity> activitiesById, Map<Integer, IndicatorProgress> indicators, MoneyCheck money,
        List<ForeignAmount> notInEuro, List<ProjectDetails.BudgetWarning> moneyWarnings) {

    /** Activities of one scope: {@code partner} is null for the joint activities. */
    public record ActivityGroup(String partner, List<Activity> activities) {
    }

    /** An amount in another currency than euro: {@code organisation} is null for the project's budget. */
    public record ForeignAmount(String organisation, MoneyCheck.Figure figure) {
    }

    public static ProjectReport of(ProjectDetails project, LocalDate today, List<IndicatorProgress> indicators,
            MoneyCheck money) {
        Map<String, List<Activity>> byPartner = new LinkedHashMap<>();
        List<Activity> joint = new ArrayList<>();
        for (Activity a : project.activities()) {
            if (a.partner() == null) {
                joint.add(a);
            } else {
                byPartner.computeIfAbsent(a.partner(), k -> new ArrayList<>()).add(a);
            }
        }
        List<ActivityGroup> groups = new ArrayList<>();
        if (!joint.isEmpty()) {
            groups.add(new ActivityGroup(null, joint));
        }
        byPartner.forEach((partner, activities) -> groups.add(new ActivityGroup(partner, activities)));
        return new ProjectReport(project, PartialDate.of(today), groups,
                project.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity())),
                indicators.stream().collect(Collectors.toMap(IndicatorProgress::position, Function.identity())),
                money, notInEuro(money),
                // the registry's own warnings are on the page's budget block already; tracking's come in addition
                money.warnings().stream().filter(w -> !project.budget().warnings().contains(w)).toList());
    }

    private static List<ForeignAmount> notInEuro(MoneyCheck money) {
        List<ForeignAmount> amounts = new ArrayList<>();
        if (money.total() != null && !isEuro(money.total())) {
            amounts.add(new ForeignAmount(null, money.total()));
        }
        for (MoneyCheck.LineCheck line : money.lines()) {
            if (line.cost() != null && !isEuro(line.cost())) {
                amounts.add(new ForeignAmount(line.organisation(), line.cost()));
            }
        }
        return amounts;
    }

    private static boolean isEuro(MoneyCheck.Figure figure) {
        return figure.amount().currency().getCurrencyCode().equals("EUR");
    }
}
