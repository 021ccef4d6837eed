package eu.leadercoop.importer.web;

import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.importer.fetch.UrlImporter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Import from web addresses on the Import page: a text box of addresses, one a line. With htmx the addresses are
 * read in the background and a small status fragment, asked for every second, shows which one is being read and
 * what became of those done; at the end the page is loaded again with the results and the list of drafts. Without
 * script the form is answered when all are read. Lives under {@code /import} like the rest of the page, so only
 * signed-in users reach it.
 */
@Controller
@RequestMapping("/import/url")
class UrlImportPages {

    private final UrlImporter importer;
    private final UrlImportJobs jobs;
    private final ImportDrafts drafts;

    UrlImportPages(UrlImporter importer, UrlImportJobs jobs, ImportDrafts drafts) {
        this.importer = importer;
        this.jobs = jobs;
        this.drafts = drafts;
    }

    @PostMapping
    String read(@RequestParam(required = false) String urls,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                Principal principal, Model model, HttpServletResponse response) {
        List<String> addresses = UrlImporter.lines(urls);
        Optional<Object[]> problem = problem(addresses);
        if (problem.isPresent()) {
            model.addAttribute("urlProblemKey", problem.get()[0]);
            model.addAttribute("urlProblemArgs", java.util.Arrays.copyOfRange(problem.get(), 1, problem.get().length));
            if (htmx != null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return "importer/url :: problem";
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return index(model, urls);
        }
        if (htmx != null) {
            model.addAttribute("job", jobs.start(principal.getName(), addresses));
            return "importer/url :: progress";
        }
        List<UrlRow> rows = addresses.stream().map(importer::importOne).map(UrlRow::of).toList();
        List<UrlRow> kept = rows.stream().filter(UrlRow::kept).toList();
        if (rows.size() == 1 && kept.size() == 1) {
            return "redirect:/import/drafts/" + kept.get(0).draftId();
        }
        if (kept.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("urlRows", rows);
        return index(model, kept.size() == rows.size() ? null : urls);
    }

    /** The reading's status: a fragment for htmx (and the signal to reload at the end), the whole page otherwise. */
    @GetMapping("/{id}")
    String status(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Principal principal, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<UrlImportJobs.Job> job = jobs.find(id, principal.getName());
        if (htmx != null) {
            if (job.isEmpty()) {
                return "importer/url :: gone";
            }
            if (job.get().done()) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/import/url/" + id);
            }
            model.addAttribute("job", job.get());
            return "importer/url :: progress";
        }
        if (job.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("urlGone", true);
            return index(model, null);
        }
        model.addAttribute("urlRows", job.get().rows());
        if (!job.get().done()) {
            model.addAttribute("job", job.get());
        }
        return index(model, null);
    }

    private String index(Model model, String urls) {
        model.addAttribute("pending", drafts.pending());
        model.addAttribute("added", List.of());
        model.addAttribute("urls", urls);
        return "importer/index";
    }

    /** The message key and arguments when the addresses cannot be read at all. */
    static Optional<Object[]> problem(List<String> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of(new Object[] {"importer.url.none"});
        }
        if (addresses.size() > UrlImporter.MAX_ADDRESSES) {
            return Optional.of(new Object[] {"importer.url.too_many", UrlImporter.MAX_ADDRESSES, addresses.size()});
        }
        return Optional.empty();
    }
}
