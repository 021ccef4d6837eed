package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.ProjectDetails;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The project editor as the page draws it: the record, what the user may change, the one form that is
 * open (if any), a conflict to resolve, and a notice of what was just saved.
 *
 * @param open     the form shown open, null when all parts are shown read-only
 * @param notice   a message key of what was just done ({@code editing.saved}), or null
 * @param problem  a message (in the reader's language) that belongs to no form, or null
 * @param organisationNames every name and alias of the registry's organisations, offered while a partner is added
 */
public record EditorPage(ProjectDetails project, EditorAccess may, EditForm open, Conflict conflict, String notice,
        String problem, List<String> organisationNames, Map<Long, ProjectDetails.Line> budgetLines,
        Map<Long, ProjectDetails.Activity> activities) {

    static EditorPage of(ProjectDetails project, EditorAccess may, EditForm open, Conflict conflict, String notice, String problem,
            List<String> organisationNames) {
        return new EditorPage(project, may, open, conflict, notice, problem, List.copyOf(organisationNames),
                project.budget().lines().stream().collect(Collectors.toMap(ProjectDetails.Line::organisationId, Function.identity(),
                        (a, b) -> a)),
                project.activities().stream().collect(Collectors.toMap(ProjectDetails.Activity::id, Function.identity())));
    }

    /** Whether the form of this key ({@code goals-2}, {@code events-new}) is the open one. */
    public boolean isOpen(String key) {
        return open != null && open.key().equals(key);
    }

    public List<String> sections() {
        return List.of("core", "partners", "budget", "goals", "expected_results", "activities", "events", "media", "contacts");
    }
}
