package eu.leadercoop.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over HTTP: reads send a record's version as its ETag ({@code "7"}); writes name the
 * version they were made to in {@code If-Match}, and a write to an older version gets a 409.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names ({@code "7"}, {@code W/"7"} or {@code 7}).
     *
     * @throws ResponseStatusException 428 when the header is missing, 400 when it names no version
     */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the version you edit in If-Match (the ETag of your last read), e.g. If-Match: \"3\".");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must name one version, like \"3\", not " + ifMatch);
        }
    }
}
