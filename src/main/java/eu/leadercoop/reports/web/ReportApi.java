package eu.leadercoop.reports.web;

import eu.leadercoop.reports.ProjectReports;
import eu.leadercoop.reports.UnknownProjectException;
import eu.leadercoop.reports.UnsupportedLanguageException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Reports", description = "The project report as PDF")
class ReportApi {

    private final ProjectReports reports;

    ReportApi(ProjectReports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/projects/{id}/report.pdf")
    @Operation(summary = "The project report (cover, partners, goals, activities and commitments, events, results, "
            + "budget, media) as PDF; 404 for a project that is not published, 400 for an unknown language")
    ResponseEntity<byte[]> report(@PathVariable long id,
            @Parameter(description = "et, pl or en; the project's own language when not given")
            @RequestParam(required = false) String lang) {
        try {
            byte[] pdf = reports.pdf(id, lang, Site.url());
            return PdfResponses.pdf(id, lang == null ? "default" : lang, pdf);
        } catch (UnknownProjectException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @ExceptionHandler(UnsupportedLanguageException.class)
    ResponseEntity<ProblemDetail> unsupportedLanguage(UnsupportedLanguageException e) {
        return ResponseEntity.badRequest().body(ApiProblems.badParameter("lang", "unsupported", e.getMessage()));
    }
}
