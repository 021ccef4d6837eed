package eu.leadercoop.importer.web;

import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.draft.DraftStatus;
import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.importer.review.ImportSaving;
import eu.leadercoop.importer.review.ReviewForm;
import eu.leadercoop.importer.review.ReviewPage;
import eu.leadercoop.importer.review.Reviews;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectMerging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Import page: paste a project page's text or upload files ({@code .txt}, {@code .html}, {@code .docx},
 * {@code .pdf}, several at once); each becomes a draft waiting for review. The review page shows the draft beside
 * its text and saves it as a new project or into the project it describes. Everything lives under
 * {@code /import} so that access can be granted by path.
 */
@Controller
@RequestMapping("/import")
class ImportPages {

    /** Drafts hold pages, not books: bigger lists than this in one form are refused, not grown without end. */
    private static final int MAX_FORM_ROWS = 2000;

    private final ImportDrafts drafts;
    private final Reviews reviews;
    private final ImportSaving saving;
    private final ProjectMerging projects;

    ImportPages(ImportDrafts drafts, Reviews reviews, ImportSaving saving, ProjectMerging projects) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.saving = saving;
        this.projects = projects;
    }

    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_FORM_ROWS);
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("pending", drafts.pending());
        model.addAttribute("added", List.of());
        return "importer/index";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String text,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  Model model, HttpServletResponse response) {
        List<ImportDrafts.Added> added = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            if (file.isEmpty() && name.equals("upload")) {
                continue; // the browser sends an empty part when no file was chosen
            }
            try {
                added.add(drafts.add(name, file.getBytes()));
            } catch (IOException e) {
                added.add(new ImportDrafts.Refused(name, "The upload could not be read."));
            }
        }
        if (text != null && !text.isBlank()) {
            added.add(drafts.addText(SourceNames.PASTED_TEXT, text));
        }
        List<ImportDrafts.Kept> kept = added.stream().filter(ImportDrafts.Kept.class::isInstance)
                .map(ImportDrafts.Kept.class::cast).toList();
        if (added.size() == 1 && kept.size() == 1) {
            return "redirect:/import/drafts/" + kept.get(0).draft().id();
        }
        if (kept.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("pending", drafts.pending());
        model.addAttribute("added", added);
        model.addAttribute("nothing", added.isEmpty());
        return "importer/index";
    }

    @GetMapping("/drafts/{id}")
    String review(@PathVariable long id, @RequestParam(required = false) String target, Model model) {
        Draft draft = draft(id);
        if (draft.status() != DraftStatus.PENDING) {
            return reviewed(draft, model);
        }
        ReviewPage page = reviews.first(draft, target);
        model.addAttribute("page", page);
        model.addAttribute("form", page.form());
        return "importer/review";
    }

    @PostMapping("/drafts/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ReviewForm form, Model model, HttpServletResponse response) {
        Draft draft = draft(id);
        if (draft.status() != DraftStatus.PENDING) {
            return reviewed(draft, model);
        }
        try {
            saving.save(id, form);
            return "redirect:/import/drafts/" + id;
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", reviews.again(draft, form, e.problems()));
            return "importer/review";
        }
    }

    /** Sets a draft aside; from htmx the list row simply goes away. */
    @PostMapping("/drafts/{id}/discard")
    String discard(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        if (!drafts.discard(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return htmx != null ? "importer/fragments :: nothing" : "redirect:/import";
    }

    private String reviewed(Draft draft, Model model) {
        model.addAttribute("draft", draft);
        ProjectDetails project = draft.projectId() == null ? null : projects.details(draft.projectId()).orElse(null);
        model.addAttribute("project", project);
        return "importer/reviewed";
    }

    private Draft draft(long id) {
        return drafts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
