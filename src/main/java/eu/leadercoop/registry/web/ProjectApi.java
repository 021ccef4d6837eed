package eu.leadercoop.registry.web;

import eu.leadercoop.registry.MachineTranslations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Cooperation project records")
class ProjectApi {

    private final Projects projects;
    private final ProjectEditing editing;
    private final MachineTranslations translations;

    ProjectApi(Projects projects, ProjectEditing editing, MachineTranslations translations) {
        this.projects = projects;
        this.editing = editing;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "Published projects, latest start first")
    PageOf<ProjectSummary> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Language for titles when a project has several: et, pl or en")
            @RequestParam(required = false) String lang) {
        if (page < 0 || size < 1 || size > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size from 1 to 200");
        }
        return PageOf.of(projects.published(PageRequest.of(page, size), lang));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with everything its sources say: published ones for everyone, drafts for the "
            + "project's partners and administrators. The ETag is the version that edits name in If-Match. "
            + "machine_translations holds the title, summary, goals and expected results machine-translated into the "
            + "site's other languages, when the site has a translation service (made from the texts as written now)")
    ResponseEntity<ProjectJson> get(@PathVariable long id, @RequestParam(required = false) String lang) {
        ProjectDetails project = projects.visibleDetails(id, lang).orElseThrow(() -> NotFound.project(id));
        return ResponseEntity.ok().eTag(Versions.etag(project.version())).body(new ProjectJson(project, translations.of(id)));
    }

    @PostMapping
    @Operation(summary = "Create a project record (administrators, or editors of its lead partner); 400 names every "
            + "field that is wrong, and nothing is saved")
    ResponseEntity<ProjectDetails> create(@RequestBody ProjectDraft draft) {
        ProjectDetails created = editing.create(draft);
        return ResponseEntity.created(URI.create("/api/projects/" + created.id())).eTag(Versions.etag(created.version())).body(created);
    }
}
