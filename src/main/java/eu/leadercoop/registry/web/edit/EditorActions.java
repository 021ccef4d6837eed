package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves what an editor form submits through {@link ProjectEditing}, the same service the JSON API uses,
 * so that a form is checked, permitted and recorded exactly like an API call. Problems come back named
 * by the form's inputs.
 */
@Component
class EditorActions {

    private final ProjectEditing editing;
    private final EditForms forms;
    private final JsonMapper json;

    EditorActions(ProjectEditing editing, EditForms forms, JsonMapper json) {
        this.editing = editing;
        this.forms = forms;
        this.json = json;
    }

    /** Creates a draft project led by the organisation the form names. */
    ProjectDetails create(Map<String, List<String>> params) {
        FormReading reading = reading(FormKind.NEW, null, Map.of(), params);
        ObjectNode tree = reading.tree(params);
        String language = tree.has("language") ? tree.get("language").asString() : "";
        if (tree.has("title")) {
            tree.putObject("titles").set(language.isEmpty() ? "und" : language, tree.remove("title"));
        }
        if (tree.has("lead")) {
            tree.putArray("partners").addObject().put("organisation_id", tree.remove("lead").asString()).put("role", "lead_partner");
        }
        tree.put("publication_state", "draft");
        try {
            return editing.create(reading.read(tree, ProjectDraft.class, json));
        } catch (InvalidDraftException e) {
            throw new InvalidDraftException(e.problems().stream().map(EditorActions::newProjectInput).toList());
        }
    }

    private static FieldProblem newProjectInput(FieldProblem p) {
        String field = p.field().startsWith("titles") ? "title" : p.field().startsWith("partners") ? "lead" : p.field();
        return new FieldProblem(field, p.code(), p.arguments(), p.message());
    }

    /** Saves one form: the core, one partner's budget line, or one item of a list ({@code ref} null adds one). */
    ProjectDetails save(FormKind kind, ProjectDetails project, String ref, Map<String, List<String>> params, long version) {
        Map<String, List<String>> original = ref == null && kind != FormKind.CORE ? Map.of() : forms.original(kind, project, ref);
        FormReading reading = reading(kind, project, original, params);
        ObjectNode tree = reading.tree(params);
        try {
            return switch (kind) {
                case NEW -> throw new IllegalArgumentException("a new project is created, not saved");
                case CORE -> {
                    if (tree.has("partners_total") && !tree.get("partners_total").has("amount")) {
                        tree.remove("partners_total");
                    }
                    yield editing.updateCore(project.id(), version, reading.read(tree, CoreDraft.class, json));
                }
                case BUDGET -> {
                    boolean empty = !tree.has("cost") && !tree.has("grant") && !tree.has("own_contribution");
                    yield editing.setBudget(project.id(), version, Long.parseLong(ref),
                            empty ? null : reading.read(tree, ProjectDraft.Budget.class, json));
                }
                case PARTNERS -> {
                    if (ref != null) {
                        tree.remove("organisation");
                        tree.put("organisation_id", Long.parseLong(ref));
                    }
                    yield item(project, ref, kind, reading.read(tree, kind.draftType(), json), version);
                }
                default -> item(project, ref, kind, reading.read(tree, kind.draftType(), json), version);
            };
        } catch (InvalidDraftException e) {
            throw new InvalidDraftException(e.problems().stream().map(reading::toForm).toList());
        }
    }

    private ProjectDetails item(ProjectDetails project, String ref, FormKind kind, Object draft, long version) {
        return ref == null ? editing.add(project.id(), version, kind.part(), draft)
                : editing.update(project.id(), version, kind.part(), Long.parseLong(ref), draft);
    }

    ProjectDetails remove(FormKind kind, ProjectDetails project, String ref, long version) {
        if (kind == FormKind.BUDGET) {
            return editing.setBudget(project.id(), version, Long.parseLong(ref), null);
        }
        return editing.remove(project.id(), version, kind.part(), Long.parseLong(ref));
    }

    ProjectDetails publish(ProjectDetails project, boolean published, long version) {
        return published ? editing.publish(project.id(), version) : editing.unpublish(project.id(), version);
    }

    private FormReading reading(FormKind kind, ProjectDetails project, Map<String, List<String>> original,
            Map<String, List<String>> params) {
        return new FormReading(kind, kind.specs(EditForms.titleLanguages(project), EditForms.commitments(kind, params)), original,
                LocaleContextHolder.getLocale());
    }
}
