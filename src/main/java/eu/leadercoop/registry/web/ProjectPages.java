package eu.leadercoop.registry.web;

import eu.leadercoop.registry.MachineTranslations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.ProjectSummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page (the catalogue of published projects) and each project's page. */
@Controller
class ProjectPages {

    private static final int PAGE_SIZE = 20;

    private final Projects projects;
    private final MachineTranslations translations;

    ProjectPages(Projects projects, MachineTranslations translations) {
        this.projects = projects;
        this.translations = translations;
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<ProjectSummary> found = projects.published(PageRequest.of(Math.max(page, 0), PAGE_SIZE), lang());
        model.addAttribute("projects", found);
        return "projects/list";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, @RequestParam(required = false) String original, Model model) {
        ProjectDetails project = projects.visibleDetails(id, lang()).orElseThrow(() -> NotFound.project(id));
        model.addAttribute("page", ProjectPage.of(project));
        // A reader of another language sees the machine translation into theirs, marked, with the
        // original one click away (?original); the record's own language always shows the original.
        if (!lang().equals(project.language())) {
            translations.in(id, lang()).ifPresent(t -> model.addAttribute(original == null ? "translation" : "translationHidden", t));
        }
        return "projects/detail";
    }

    private static String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
