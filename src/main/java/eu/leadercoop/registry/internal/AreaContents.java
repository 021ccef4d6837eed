package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectArea;
import eu.leadercoop.registry.ProjectDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Splits a project record into what each area owns (the shared core, each partner's parts, the
 * workflow state) as comparable text without ids, so that the areas a change touched are exactly those
 * whose content differs before and after: the same rule for one edited event, a whole replaced record
 * and a restored version, whatever ids the saved parts got.
 */
@Component
class AreaContents {

    private final JsonMapper json;

    AreaContents(JsonMapper json) {
        this.json = json;
    }

    /** The areas whose content differs between two states of a record; {@code before} null for a new one. */
    Set<ProjectArea> changed(ProjectDetails before, ProjectDetails after) {
        Map<ProjectArea, List<String>> was = before == null ? Map.of(ProjectArea.WORKFLOW, List.of("draft")) : of(before);
        Map<ProjectArea, List<String>> is = of(after);
        Set<ProjectArea> areas = new HashSet<>(was.keySet());
        areas.addAll(is.keySet());
        areas.removeIf(area -> Objects.equals(was.getOrDefault(area, List.of()), is.getOrDefault(area, List.of())));
        return areas;
    }

    Map<ProjectArea, List<String>> of(ProjectDetails p) {
        Map<ProjectArea, List<String>> areas = new LinkedHashMap<>();
        Set<Long> partners = p.partners().stream().map(ProjectDetails.Partner::organisationId).collect(Collectors.toSet());
        add(areas, ProjectArea.WORKFLOW, p.publicationState());
        add(areas, ProjectArea.CORE, text(new Core(p.language(), new TreeMap<>(p.titles()), p.referenceNumber(), p.localCode(), p.period(),
                p.summary(), p.targetGroups(), p.website(), p.funding(), p.budget().partnersTotal(), p.goals(),
                p.expectedResults(), p.sources())));
        p.partners().forEach(s -> add(areas, ProjectArea.CORE,
                text(new PartnerEntry(s.organisationId(), s.role(), s.joined() == null ? null : s.joined().toEdtf(),
                        s.left() == null ? null : s.left().toEdtf(), s.nameAsWritten()))));
        p.budget().lines().forEach(l -> add(areas, owner(l.organisationId(), partners), withoutNames(l, "organisation")));
        Map<Long, String> activityTexts = new LinkedHashMap<>();
        for (ProjectDetails.Activity a : p.activities()) {
            activityTexts.put(a.id(), a.label() + " " + a.text());
            ObjectNode node = json.valueToTree(a);
            node.remove(List.of("id", "partner", "depth"));
            forEachItem(node, "commitments", c -> c.remove("id"));
            add(areas, owner(a.organisationId(), partners), node.toString());
        }
        for (ProjectDetails.Event e : p.events()) {
            ObjectNode node = json.valueToTree(e);
            node.remove(List.of("id", "activity_id"));
            node.put("activity", e.activityId() == null ? null : activityTexts.get(e.activityId()));
            forEachItem(node, "organisers", o -> o.remove("name"));
            Set<Long> organisers = e.organisers().stream().map(ProjectDetails.OrganisationRef::id)
                    .filter(partners::contains).collect(Collectors.toSet());
            add(areas, ProjectArea.ownedBy(organisers), node.toString());
        }
        p.media().forEach(m -> add(areas, owner(m.organisationId(), partners), withoutNames(m, "organisation")));
        p.contacts().forEach(c -> add(areas, owner(c.organisationId(), partners), withoutNames(c, "organisation")));
        return areas;
    }

    private static void forEachItem(ObjectNode node, String field, java.util.function.Consumer<ObjectNode> action) {
        if (node.get(field) != null) {
            node.get(field).forEach(item -> action.accept((ObjectNode) item));
        }
    }

    private static ProjectArea owner(Long organisationId, Set<Long> partners) {
        return organisationId != null && partners.contains(organisationId) ? ProjectArea.ownedBy(Set.of(organisationId)) : ProjectArea.CORE;
    }

    private String withoutNames(Object part, String field) {
        ObjectNode node = json.valueToTree(part);
        node.remove(field);
        return node.toString();
    }

    private String text(Object value) {
        return json.writeValueAsString(value);
    }

    private static void add(Map<ProjectArea, List<String>> areas, ProjectArea area, String content) {
        areas.computeIfAbsent(area, a -> new ArrayList<>()).add(content);
    }

    /** The core's own fields; organisation names are left out (renaming an organisation changes no project). */
    private record Core(String language, Map<String, String> titles, String referenceNumber, String localCode,
            ProjectDetails.Period period, String summary, List<String> targetGroups, String website, Object funding,
            Object partnersTotal, List<String> goals, List<ProjectDetails.Result> expectedResults,
            List<ProjectDetails.Source> sources) {
    }

    private record PartnerEntry(long organisationId, String role, String joined, String left, String nameAsWritten) {
    }
}
