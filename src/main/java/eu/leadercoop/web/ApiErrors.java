package eu.leadercoop.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.StaleVersionException;
import eu.leadercoop.registry.Versions;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.DatabindException;

/**
 * How the JSON API reports bad input: a 400 problem document (RFC 9457) whose {@code errors} name each
 * field and say what is wrong with it, so that a client can show the message beside the field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
        return ResponseEntity.status(e.getStatusCode()).body(problem);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(NoSuchRecordException.class)
    ResponseEntity<ProblemDetail> noSuchRecord(NoSuchRecordException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    /** Both sides of a conflict, so that the client can show them and nothing typed is lost. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Someone else saved this record after you read it: "
                + e.getMessage() + ". Compare 'current' with 'submitted' and send your change again against the current version.");
        problem.setTitle("Edit conflict");
        problem.setProperty("submitted_version", e.submittedVersion());
        problem.setProperty("current_version", e.currentVersion());
        problem.setProperty("current", e.current());
        problem.setProperty("submitted", e.submitted());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Versions.etag(e.currentVersion())).body(problem);
    }

    /** Two saves raced past the version check: the later one lost; its client reads again and retries. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> raced(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else saved this record at the same moment; read it again and repeat your change.");
        problem.setTitle("Edit conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidDraftException.class)
    ProblemDetail invalid(InvalidDraftException e) {
        return problem("The submitted data has " + e.problems().size() + " problem(s).",
                e.problems().stream().map(ApiErrors::error).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e) {
        if (causedBy(e, BodyLimit.TooLarge.class)) {
            return tooLarge();
        }
        if (e.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String field = fieldPath(bind);
            return problem("The submitted JSON has a value of the wrong type.",
                    List.of(Map.of("field", field, "code", "wrong_type", "message", "has a value of the wrong type")));
        }
        return problem("The request body is not readable JSON.",
                List.of(Map.of("field", "", "code", "unreadable", "message", "the request body is not readable JSON")));
    }

    /** A body read through {@link BodyLimit} that went over the limit. */
    @ExceptionHandler(BodyLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, BodyLimit.message()));
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    private static Map<String, Object> error(FieldProblem p) {
        return Map.of("field", p.field(), "code", p.code(), "message", p.message());
    }

    private static ProblemDetail problem(String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
