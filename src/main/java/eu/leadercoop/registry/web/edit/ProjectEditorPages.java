package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project editor: every part of a record in its own small form, each saved on its own through the
 * registry's editing service. Pages work as plain forms (post, then redirect back); htmx, when present,
 * swaps just the editor in place. A form refused for its content comes back open with each problem
 * beside its input (422); a save made to an older version than the stored one shows both versions (409).
 */
@Controller
class ProjectEditorPages {

    private static final String VIEW = "projects/edit";

    private final Projects projects;
    private final RecordGuard guard;
    private final EditForms forms;
    private final EditorActions actions;
    private final MessageSource messages;
    private final Organisations organisations;

    ProjectEditorPages(Projects projects, RecordGuard guard, EditForms forms, EditorActions actions, MessageSource messages,
            Organisations organisations) {
        this.organisations = organisations;
        this.projects = projects;
        this.guard = guard;
        this.forms = forms;
        this.actions = actions;
        this.messages = messages;
    }

    // --- a new project ---------------------------------------------------------------------------------

    @GetMapping("/projects/new")
    String newProject(Model model) {
        model.addAttribute("form", forms.blank(FormKind.NEW, null));
        return "projects/new";
    }

    @PostMapping("/projects/new")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        try {
            return "redirect:/projects/" + actions.create(params).id() + "/edit?notice=created";
        } catch (InvalidDraftException e) {
            model.addAttribute("form", forms.submitted(FormKind.NEW, null, null, params, e.problems()));
        } catch (NotPermittedException e) {
            model.addAttribute("form", forms.submitted(FormKind.NEW, null, null, params, List.of()));
            model.addAttribute("problem", text("editing.problem.not_lead"));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "projects/new";
    }

    // --- the editor ------------------------------------------------------------------------------------

    @GetMapping("/projects/{id}/edit")
    String editor(@PathVariable long id, @RequestParam(required = false) String open, @RequestParam(required = false) String notice,
            Model model) {
        ProjectDetails project = editable(id);
        EditForm form = open == null ? null : openForm(project, open);
        return page(model, project, form, null, notice == null ? null : "editing.notice." + notice.replaceAll("[^a-z_]", ""), null);
    }

    /**
     * The address a refused form was posted to, opened again (a reload, the back button): the editor with
     * that form open.
     */
    @GetMapping({"/projects/{id}/edit/{kind}", "/projects/{id}/edit/{kind}/{ref}"})
    String reopen(@PathVariable long id, @PathVariable String kind, @PathVariable(required = false) String ref) {
        String open = kind.equals("core") ? "core" : kind + "-" + (ref == null ? "new" : ref);
        return "redirect:/projects/" + id + "/edit?open=" + open.replaceAll("[^a-z0-9_-]", "");
    }

    @PostMapping({"/projects/{id}/edit/{kind}", "/projects/{id}/edit/{kind}/{ref}"})
    String save(@PathVariable long id, @PathVariable String kind, @PathVariable(required = false) String ref,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        ProjectDetails project = editable(id);
        FormKind form = kind(kind);
        try {
            actions.save(form, project, ref, params, version(params));
            return saved(id, form);
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, project, forms.submitted(form, project, ref, params, e.problems()), null, null, null);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            ProjectDetails current = editable(id);
            boolean adding = ref == null && form != FormKind.CORE;
            EditForm theirs = adding ? null : form == FormKind.CORE ? forms.current(form, current, null) : theirs(form, current, ref);
            Conflict conflict = Conflict.of(theirs, forms.submitted(form, current, ref, params, List.of()), e.currentVersion(), adding);
            return page(model, current, null, conflict, null, null);
        } catch (NotPermittedException e) {
            return refused(model, project, response);
        }
    }

    @PostMapping("/projects/{id}/edit/{kind}/{ref}/remove")
    String remove(@PathVariable long id, @PathVariable String kind, @PathVariable String ref, @RequestParam MultiValueMap<String, String> params,
            Model model, HttpServletResponse response) {
        ProjectDetails project = editable(id);
        FormKind form = kind(kind);
        return step(id, model, response, project, "/projects/" + id + "/edit/" + kind + "/" + ref + "/remove", form,
                () -> actions.remove(form, project, ref, version(params)));
    }

    @PostMapping({"/projects/{id}/edit/publish", "/projects/{id}/edit/unpublish"})
    String publish(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        ProjectDetails project = editable(id);
        boolean publish = request.getRequestURI().endsWith("/publish");
        return step(id, model, response, project, request.getRequestURI(), null,
                () -> actions.publish(project, publish, version(params)));
    }

    /** A removal or workflow step: nothing typed, so a conflict just offers to do it again on the current version. */
    private String step(long id, Model model, HttpServletResponse response, ProjectDetails project, String action, FormKind kind,
            Runnable change) {
        try {
            change.run();
            return saved(id, kind);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, editable(id), null, Conflict.ofStep(action, e.currentVersion()), null, null);
        } catch (NotPermittedException e) {
            return refused(model, project, response);
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, project, null, null, null,
                    String.join(" ", e.problems().stream().map(forms::problem).toList()));
        }
    }

    private static String saved(long id, FormKind kind) {
        return "redirect:/projects/" + id + "/edit?notice=saved" + (kind == null ? "" : "#section-" + kind.code());
    }

    private String refused(Model model, ProjectDetails project, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return page(model, project, null, null, null, text("editing.problem.not_yours"));
    }

    /** What a date input's text is read as, for the line under the input (htmx, while typing). */
    @GetMapping("/projects/dates/understood")
    String understood(@RequestParam Map<String, String> params, Model model) {
        String text = params.values().stream().findFirst().orElse("");
        model.addAttribute("understood", DateWording.understood(text.length() > 200 ? text.substring(0, 200) : text,
                LocaleContextHolder.getLocale()));
        return "projects/edit-fragments :: understood";
    }

    // ------------------------------------------------------------------------------------------------------

    private String page(Model model, ProjectDetails project, EditForm open, Conflict conflict, String notice, String problem) {
        ProjectAccess access = projects.access(project.id()).orElseThrow();
        List<String> names = open != null && open.kind() == FormKind.PARTNERS && open.isNew()
                ? organisations.all().stream().flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()),
                        o.aliases().stream())).distinct().toList()
                : List.of();
        model.addAttribute("editor", EditorPage.of(project, EditorAccess.of(project, access, guard), open, conflict, notice, problem, names));
        return VIEW;
    }

    /** The project, for users who may change something in it; others get 404 (drafts they may not see) or 403. */
    private ProjectDetails editable(long id) {
        ProjectDetails project = projects.visibleDetails(id, LocaleContextHolder.getLocale().getLanguage())
                .orElseThrow(() -> new NoSuchRecordException("There is no project " + id + " you may see."));
        if (!guard.mayEdit(projects.access(id).orElseThrow())) {
            throw new NotPermittedException("you may not change project " + id);
        }
        return project;
    }

    /** {@code open} names a form: {@code core}, {@code goals-new}, {@code events-12}; an unknown one opens nothing. */
    private EditForm openForm(ProjectDetails project, String open) {
        int dash = open.lastIndexOf('-');
        FormKind kind = FormKind.of(dash < 0 ? open : open.substring(0, dash)).filter(k -> k != FormKind.NEW).orElse(null);
        if (kind == null) {
            return null;
        }
        String ref = dash < 0 ? null : open.substring(dash + 1);
        if (kind == FormKind.CORE) {
            return forms.current(kind, project, null);
        }
        if ("new".equals(ref)) {
            return kind == FormKind.BUDGET ? null : forms.blank(kind, project);
        }
        return theirs(kind, project, ref);
    }

    /** The item's form as the record states it; null when there is no such item (any more). */
    private EditForm theirs(FormKind kind, ProjectDetails project, String ref) {
        try {
            return forms.current(kind, project, ref);
        } catch (IllegalArgumentException | IndexOutOfBoundsException noSuchItem) {
            return null;
        }
    }

    private static FormKind kind(String code) {
        return FormKind.of(code).filter(k -> k != FormKind.NEW)
                .orElseThrow(() -> new NoSuchRecordException("The editor has no form " + code + "."));
    }

    private static long version(MultiValueMap<String, String> params) {
        String version = params.getFirst("version");
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidDraftException(List.of(eu.leadercoop.registry.FieldProblem.of("version", "required",
                    "the form must name the version of the record it was filled in on")));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
