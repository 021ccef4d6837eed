package eu.leadercoop.reports.pdf;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.IndicatorProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report template reads: the project record, its activities in the order the report prints them
 * (joint activities first, then each partner's own), each commitment's status on the report's day with the
 * reason in the report's language, each expected result's progress against its target (by the result's
 * position), the amounts not in euro with their euro value and ECB rate date, the money warnings tracking adds
 * to the registry's, and the report's day. {@code activitiesById} lets the pages' events fragment name the
 * activity each event delivers.
 */
public record ProjectReport(ProjectDetails project, PartialDate generatedOn, List<ActivityGroup> activityGroups,
        Map<Long, Activity> activitiesById, Map<Long, Tracked> commitments, Map<Integer, IndicatorProgress> indicators,
        List<EuroFigure> inEuro, List<ProjectDetails.BudgetWarning> moneyWarnings) {

    /**
     * An amount in another currency and its euro value: {@code organisation} is null for the project's budget,
     * else the partner whose cost it is; {@code eur}, {@code rate} and {@code rateDate} are null when no ECB
     * rate is loaded for the currency on or before {@code conversionDate}.
     */
    public record EuroFigure(String organisation, Money amount, Money eur, BigDecimal rate, PartialDate rateDate,
            PartialDate conversionDate) {
    }

    /** Activities of one scope: {@code partner} is null for the joint activities. */
    public record ActivityGroup(String partner, List<Activity> activities) {
    }

    /**
     * A commitment's status as tracking computed it, with its name, reason and (for commitments that cannot be
     * met whatever happens) problems already in the report's language.
     */
    public record Tracked(CommitmentStatus status, String statusName, String reason, String problems) {

        /** The status code ({@code on_track}) for the stylesheet. */
        public String code() {
            return status.status().code();
        }
    }

    public static ProjectReport of(ProjectDetails project, LocalDate today, List<Tracked> commitments,
            List<IndicatorProgress> indicators, List<EuroFigure> inEuro, List<ProjectDetails.BudgetWarning> moneyWarnings) {
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
                commitments.stream().collect(Collectors.toMap(t -> t.status().commitmentId(), Function.identity())),
                indicators.stream().collect(Collectors.toMap(IndicatorProgress::position, Function.identity())),
                List.copyOf(inEuro), List.copyOf(moneyWarnings));
    }
}
