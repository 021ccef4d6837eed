package eu.leadercoop.importer.web;

import eu.leadercoop.importer.draft.ImportDrafts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;

/**
 * An upload bigger than the server receives at all ({@code spring.servlet.multipart.*}, well above the 20 MB the
 * importer reads per file) is refused before any controller sees it; this answers it in words: the Import page
 * with a message, or a 413 problem document for the API. The importer is what takes uploads, so it says so.
 */
@ControllerAdvice
class UploadLimits {

    // looked up when needed: a web slice of another module loads this advice without the importer's services
    private final ObjectProvider<ImportDrafts> drafts;

    UploadLimits(ObjectProvider<ImportDrafts> drafts) {
        this.drafts = drafts;
    }

    /**
     * A multipart body that cannot be parsed (no boundary, cut off before its end): the client's mistake, a 400,
     * on every route that takes uploads. Raised before any controller is chosen, so only an advice for all
     * controllers sees it.
     */
    @ExceptionHandler(MultipartException.class)
    Object unreadable(HttpServletRequest request, MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(request);
        }
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The upload is not readable multipart/form-data: it has no boundary, or it ends before its last part does.");
            problem.setTitle("Invalid input");
            problem.setProperty("errors", List.of(java.util.Map.of("field", "", "code", "unreadable_multipart",
                    "message", "the multipart body cannot be read")));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The upload is too large to receive; each file may have at most 20 MB.");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("importer/index");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        ImportDrafts pending = drafts.getIfAvailable();
        page.addObject("pending", pending == null ? List.of() : pending.pending());
        page.addObject("added", List.of());
        page.addObject("tooLarge", true);
        return page;
    }
}
