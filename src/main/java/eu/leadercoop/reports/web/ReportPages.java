package eu.leadercoop.reports.web;

import eu.leadercoop.reports.ProjectReports;
import eu.leadercoop.reports.UnknownProjectException;
import eu.leadercoop.reports.UnsupportedLanguageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/** The "PDF" link of a project page: the project report in the reader's language or the one asked for. */
@Controller
class ReportPages {

    private final ProjectReports reports;

    ReportPages(ProjectReports reports) {
        this.reports = reports;
    }

    @GetMapping("/projects/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String lang) {
        String language = lang == null ? LocaleContextHolder.getLocale().getLanguage() : lang;
        try {
            return PdfResponses.pdf(id, language, reports.pdf(id, language, Site.url()));
        } catch (UnknownProjectException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** A language the site does not speak: a page that says so, in the reader's language. */
    @ExceptionHandler(UnsupportedLanguageException.class)
    ModelAndView unsupportedLanguage(UnsupportedLanguageException e) {
        ModelAndView page = new ModelAndView("reports/problem");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("language", e.language());
        return page;
    }
}
