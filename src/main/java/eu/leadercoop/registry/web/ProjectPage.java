package eu.leadercoop.registry.web;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project arranged the way its page reads: joint activities, then each partner's own activities
 * under the partner's name, and for each event the activity it delivers.
 */
record ProjectPage(ProjectDetails project, List<Activity> jointActivities, Map<String, List<Activity>> partnerActivities,
        Map<Long, Activity> activitiesById) {

    static ProjectPage of(ProjectDetails project) {
        List<Activity> joint = project.activities().stream().filter(a -> a.scope().equals("joint")).toList();
        Map<String, List<Activity>> byPartner = project.activities().stream()
                .filter(a -> a.scope().equals("partner"))
                .collect(Collectors.groupingBy(Activity::partner, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Activity> byId = project.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity()));
        return new ProjectPage(project, joint, byPartner, byId);
    }
}
