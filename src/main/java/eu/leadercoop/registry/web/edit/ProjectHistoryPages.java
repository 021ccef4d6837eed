package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectHistory;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's history as a page: every saved change, newest first, with who and when and each field
 * before and after, and a button that restores an earlier version (recorded as a new change).
 */
@Controller
class ProjectHistoryPages {


    private final Projects projects;
    private final ProjectHistory history;
    private final RecordGuard guard;
    private final MessageSource messages;

    ProjectHistoryPages(Projects projects, ProjectHistory history, RecordGuard guard, MessageSource messages) {
        this.projects = projects;
        this.history = history;
        this.guard = guard;
        this.messages = messages;
    }

    /** One revision as the page lists it. */
    record Entry(long number, Instant when, String author, String kind, List<Change> changes) {
    }

    record Change(String field, String before, String after) {
    }

    /** Revisions one page of history shows. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/projects/{id}/history")
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        ProjectDetails project = projects.visibleDetails(id, LocaleContextHolder.getLocale().getLanguage())
                .orElseThrow(() -> new NoSuchRecordException("There is no project " + id + " you may see."));
        int shown = Math.max(0, page);
        List<RecordRevision> revisions = history.revisions(id, shown, PAGE_SIZE);
        model.addAttribute("page", shown);
        model.addAttribute("older", (long) (shown + 1) * PAGE_SIZE < history.revisionCount(id));
        HistoryLabels labels = new HistoryLabels(messages, LocaleContextHolder.getLocale(), organisationNames(project, revisions));
        model.addAttribute("project", project);
        model.addAttribute("mayRestore", guard.mayEdit(projects.access(id).orElseThrow()));
        model.addAttribute("entries", revisions.stream().map(r -> entry(r, labels)).toList());
        return "projects/history";
    }

    @PostMapping("/projects/{id}/history/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable long revision, @RequestParam(defaultValue = "-1") long version, Model model,
            HttpServletResponse response) {
        try {
            history.restore(id, revision, version);
            return "redirect:/projects/" + id + "/edit?notice=restored";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
        } catch (NotPermittedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refused", true);
        }
        return page(id, 0, model);
    }

    private static Entry entry(RecordRevision r, HistoryLabels labels) {
        List<Change> changes = r.changes().stream().filter(c -> !HistoryLabels.derived(c.field()))
                .map(c -> new Change(labels.label(c.field()), labels.value(c.field(), c.before()), labels.value(c.field(), c.after())))
                .toList();
        return new Entry(r.number(), r.changedAt(), r.author(), r.kind(), changes);
    }

    /** Partners named in paths by id: their names now, or as an earlier version of the record had them. */
    private static Map<Long, String> organisationNames(ProjectDetails project, List<RecordRevision> revisions) {
        Map<Long, String> names = new HashMap<>();
        project.partners().forEach(s -> names.put(s.organisationId(), s.name()));
        for (RecordRevision r : revisions) {
            r.changes().stream().filter(c -> c.field().matches("partners\\[@\\d+]\\.name"))
                    .forEach(c -> names.putIfAbsent(Long.parseLong(c.field().replaceAll("\\D", "")),
                            c.before() != null ? c.before() : c.after()));
        }
        return names;
    }
}
