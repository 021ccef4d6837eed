package eu.leadercoop.reports.pdf;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import eu.leadercoop.registry.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report template reads: the project record, its activities in the order the report prints them
 * (joint activities first, then each partner's own), and the day the report was made.
 * {@code activitiesById} lets the pages' events fragment name the activity each event delivers.
 */
public record ProjectReport(ProjectDetails project, PartialDate generatedOn, List<ActivityGroup> activityGroups,
        Map<Long, Activity> activitiesById) {

    /** Activities of one scope: {@code partner} is null for the joint activities. */
    public record ActivityGroup(String partner, List<Activity> activities) {
    }

    public static ProjectReport of(ProjectDetails project, LocalDate today) {
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
                project.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity())));
    }
}
