package eu.leadercoop.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages that cannot be shown (an unknown or unpublished project, say) render the site's own error page
 * in the reader's language with the right status, rather than a container error page. The JSON API
 * has its own advice ({@link ApiErrors}), consulted first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView statusPage(ResponseStatusException e) {
        return page(e.getStatusCode());
    }

    @ExceptionHandler(NoSuchRecordException.class)
    ModelAndView notFound(NoSuchRecordException e) {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotPermittedException.class)
    ModelAndView forbidden(NotPermittedException e) {
        return page(HttpStatus.FORBIDDEN);
    }

    /**
     * A path segment that cannot be an id ({@code /projects/abc}) names no page: 404, like an id nobody has.
     * A query parameter of the wrong type ({@code /search?size=abc}) is the reader's mistake: 400.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongType(MethodArgumentTypeMismatchException e) {
        return page(e.getParameter().hasParameterAnnotation(PathVariable.class) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    /**
     * Request parameters a page cannot take ({@code /events.ics?when=x}, {@code ?page=-1},
     * {@code /dashboards/network?as_of=-2024-01-01}): the reader's mistake, a 400.
     */
    @ExceptionHandler({InvalidDraftException.class, TypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class, HttpMessageNotReadableException.class})
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST);
    }

    /** The database cannot be reached: 503 at once, with Retry-After. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class})
    ModelAndView databaseDown(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseDown.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ModelAndView page(HttpStatusCode status) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
