package eu.leadercoop.registry.web;

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

    ProjectPages(Projects projects) {
        this.projects = projects;
    }

    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<ProjectSummary> found = projects.published(PageRequest.of(Math.max(page, 0), PAGE_SIZE), lang());
        model.addAttribute("projects", found);
        return "projects/list";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("page", ProjectPage.of(projects.visibleDetails(id, lang()).orElseThrow(() -> NotFound.project(id))));
        return "projects/detail";
    }

    private static String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
