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
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

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
        JacksonException json = cause(e, JacksonException.class);
        if (json != null) {
            return json(json);
        }
        return problem("The request body is not readable JSON.",
                List.of(Map.of("field", "", "code", "unreadable", "message", "the request body is not readable JSON")));
    }

    /**
     * JSON that does not fit the record, read by Spring or by a controller: the value's full path
     * ({@code activities[0].commitments[0].min_count}) and what is wrong with it.
     */
    @ExceptionHandler(JacksonException.class)
    ProblemDetail json(JacksonException e) {
        String field = fieldPath(e);
        if (field.isEmpty()) {
            return problem("The request body is not readable JSON.",
                    List.of(Map.of("field", "", "code", "unreadable", "message", "the request body is not readable JSON")));
        }
        String code;
        String message;
        if (e instanceof InvalidNullException) {
            code = "required";
            message = "must not be null";
        } else if (e instanceof InputCoercionException || e instanceof StreamConstraintsException) {
            code = "out_of_range";
            message = "is out of range for this field";
        } else if (e instanceof InvalidFormatException f && f.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            code = "nul_character";
            message = "must not contain a NUL character (U+0000)";
        } else {
            code = "wrong_type";
            message = "has a value of the wrong type";
        }
        return problem("The submitted JSON has a value that does not fit " + field + ".",
                List.of(Map.of("field", field, "code", code, "message", message)));
    }

    /** A path or query parameter that is not of its type: {@code /api/projects/abc}, {@code ?page=x}. */
    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail parameterType(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "a value of another type"
                : Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class) ? "a whole number in range"
                : "a value of type " + type.getSimpleName();
        return problem("The parameter " + name + " is not " + expected + ".",
                List.of(Map.of("field", name == null ? "" : name, "code", "wrong_type", "message", "must be " + expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem("The parameter " + e.getParameterName() + " is missing.",
                List.of(Map.of("field", e.getParameterName(), "code", "required", "message", "is required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem("The part " + e.getRequestPartName() + " is missing.",
                List.of(Map.of("field", e.getRequestPartName(), "code", "required", "message", "is required")));
    }

    /** Query parameters bound to an object ({@code @ParameterObject}): every field that did not fit. */
    @ExceptionHandler(BindException.class)
    ProblemDetail binding(BindException e) {
        List<Map<String, Object>> errors = e.getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(), "code", "wrong_type", "message",
                        "'" + f.getRejectedValue() + "' is not a valid value"))
                .toList();
        return problem("The request has " + errors.size() + " parameter(s) that do not fit.", errors);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : e.getSupportedMediaTypes().stream().map(Object::toString).distinct().reduce((a, b) -> a + ", " + b).orElseThrow();
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type " + (e.getContentType() == null ? "(none)" : e.getContentType())
                        + " is not accepted here; send " + supported + "."));
    }

    /** The database cannot be reached: 503 at once (with Retry-After), not a 500 after a long wait. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseDown() {
        return DatabaseDown.answer(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)).body(
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseDown.MESSAGE));
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

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static String fieldPath(JacksonException e) {
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
