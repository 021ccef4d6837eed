package eu.leadercoop.reports.pdf;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.CommitmentStatus;
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
 * reason in the report's language, and that day. {@code activitiesById} lets the pages' events fragment name
 * the activity each event delivers.
 */
public record ProjectReport(ProjectDetails project, PartialDate generatedOn, List<ActivityGroup> activityGroups,
        Map<Long, Activity> activitiesById, Map<Long, Tracked> commitments) {

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

    public static ProjectReport of(ProjectDetails project, LocalDate today, List<Tracked> commitments) {
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
                commitments.stream().collect(Collectors.toMap(t -> t.status().commitmentId(), Function.identity())));
    }
}
