package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.RecordRevision.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two versions of a record field by field. A record is flattened into paths as the JSON API
 * names them; partners, budget lines and event organisers are named by their organisation
 * ({@code partners[@7].role}), other list items by their position ({@code events[2].title}). Database
 * ids are left out, as they change when a whole record is replaced or restored, and so are derived
 * figures (status, version, time of change, themes).
 */
@Component
class FieldDiff {

    private static final Set<String> LEFT_OUT = Set.of("version", "updated_at", "status", "id", "themes");

    private final JsonMapper json;

    FieldDiff(JsonMapper json) {
        this.json = json;
    }

    List<FieldChange> between(ProjectDetails before, ProjectDetails after) {
        return RecordRevision.changes(before == null ? null : flatten(before), after == null ? null : flatten(after));
    }

    Map<String, String> flatten(ProjectDetails details) {
        Map<Long, String> activityLabels = new LinkedHashMap<>();
        details.activities().forEach(a -> activityLabels.put(a.id(), a.label() != null ? a.label() : a.text()));
        Map<String, String> fields = new LinkedHashMap<>();
        ObjectNode root = json.valueToTree(details);
        // Ids change when a whole record is replaced or restored; what an event delivers is named by the activity's label.
        JsonNode events = root.get("events");
        for (int i = 0; events != null && i < events.size(); i++) {
            ObjectNode event = (ObjectNode) events.get(i);
            Long activity = details.events().get(i).activityId();
            event.remove("activity_id");
            event.put("activity", activity == null ? null : activityLabels.get(activity));
        }
        root.properties().forEach(e -> {
            if (!LEFT_OUT.contains(e.getKey())) {
                flatten(e.getKey(), e.getValue(), fields);
            }
        });
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getKey().equals("id") && !e.getKey().equals("organisation_id")) {
                    flatten(path + "." + e.getKey(), e.getValue(), fields);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + key(path, node.get(i), i) + "]", node.get(i), fields);
            }
        } else {
            fields.put(path, node.asString());
        }
    }

    /** Partners, budget lines and organisers by organisation id, other items by position. */
    private static String key(String listPath, JsonNode item, int index) {
        if ((listPath.equals("partners") || listPath.equals("budget.lines")) && item.get("organisation_id") != null) {
            return "@" + item.get("organisation_id").asString();
        }
        if (listPath.endsWith("organisers") && item.get("id") != null) {
            return "@" + item.get("id").asString();
        }
        return String.valueOf(index);
    }
}
