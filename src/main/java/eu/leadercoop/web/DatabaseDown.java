package eu.leadercoop.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** What a request is told while the database cannot be reached (see ApiErrors and PageErrors). */
final class DatabaseDown {

    static final String MESSAGE = "The database cannot be reached at the moment; please try again in a minute.";
    static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseDown() {
    }

    static ResponseEntity.BodyBuilder answer(ResponseEntity.BodyBuilder builder) {
        return builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
