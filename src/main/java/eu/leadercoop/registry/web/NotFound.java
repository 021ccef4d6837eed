package eu.leadercoop.registry.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 404s with a message that says what was not found. */
final class NotFound {

    private NotFound() {
    }

    static ResponseStatusException project(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no published project " + id + " (nor a draft you may see).");
    }

    static ResponseStatusException organisation(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no organisation " + id + ".");
    }
}
