package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.web.Languages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reading the query parameters the tracking API shares; a bad one is a 400 naming it. */
final class Requests {

    private Requests() {
    }

    /** {@code as_of} as an ISO day ({@code 2025-05-02}), or {@code today} when absent. */
    static LocalDate asOf(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            // four digits for the year: LocalDate also reads -2024-01-01 and +10000-01-01, which no dashboard can show
            if (!value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDraftException(List.of(FieldProblem.of("as_of", "invalid_date",
                    "'" + value + "' is not a day written as YYYY-MM-DD", value)));
        }
    }

    /** {@code lang} as one of the site's languages; English when absent. */
    static Locale language(String value) {
        if (value == null || value.isBlank()) {
            return Locale.ENGLISH;
        }
        if (!Languages.isSupported(value.strip())) {
            throw new InvalidDraftException(List.of(FieldProblem.of("lang", "unknown_language",
                    "'" + value + "' is not one of: et, pl, en", value)));
        }
        return Locale.forLanguageTag(value.strip());
    }

    static ResponseStatusException noProject(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no published project " + id + ".");
    }

    static ResponseStatusException noOrganisation(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no organisation " + id + ".");
    }
}
