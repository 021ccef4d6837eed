package eu.leadercoop.partners.web;

import eu.leadercoop.search.OrganisationQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The parameters of {@code /organisations} and {@code GET /api/organisations}, checked: {@code q},
 * {@code country}, {@code kind}, {@code region} (each repeatable), {@code has_projects}, {@code page},
 * {@code size}. A wrong one is a 400 naming it.
 */
record DirectorySearchParams(String q, List<String> country, List<String> kind, List<String> region, String hasProjects,
        int page, int size) {

    static final int MAX_SIZE = 500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern KIND = Pattern.compile("[a-z_]{2,40}");

    OrganisationQuery query() {
        if (page < 0 || page > 100_000) {
            throw bad("page must be from 0 to 100000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw bad("size must be from 1 to " + MAX_SIZE);
        }
        if (q != null && q.length() > 500) {
            throw bad("q must be at most 500 characters");
        }
        Set<String> countries = checked("country", country, COUNTRY);
        Set<String> kinds = checked("kind", kind, KIND);
        Set<String> regions = checked("region", region, null);
        Boolean projects = switch (hasProjects == null ? "" : hasProjects) {
            case "" -> null;
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("has_projects must be true or false");
        };
        return new OrganisationQuery(q, countries, kinds, regions, projects, page, size);
    }

    private static Set<String> checked(String name, List<String> values, Pattern pattern) {
        Set<String> checked = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String v = value.strip();
                if (v.length() > 200 || pattern != null && !pattern.matcher(v).matches()) {
                    throw bad(name + " '" + v + "' is not valid");
                }
                checked.add(v);
            }
        }
        if (checked.size() > 50) {
            throw bad(name + " may be given at most 50 times");
        }
        return checked;
    }

    private static ResponseStatusException bad(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
