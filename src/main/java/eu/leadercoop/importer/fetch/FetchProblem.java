package eu.leadercoop.importer.fetch;

import java.util.List;
import java.util.Locale;

/**
 * Why a web address gave no page, as a code for the message files ({@code importer.url.problem.<code>}) and the
 * values the message names. The address itself is not among the arguments: the caller shows it beside the message.
 *
 * @param kind what went wrong
 * @param args what the message names (a host, a status code, a size...), already formatted as text
 */
public record FetchProblem(Kind kind, List<String> args) {

    public enum Kind {
        MALFORMED, SCHEME, PRIVATE_ADDRESS, UNKNOWN_HOST, UNREACHABLE, TIMEOUT, NOT_FOUND, HTTP_STATUS, TOO_LARGE,
        REDIRECT_LOOP, TOO_MANY_REDIRECTS, ROBOTS_DISALLOWED, ROBOTS_UNAVAILABLE, CONTENT_TYPE, NO_TEXT, NO_PROJECT,
        NOT_READ, FAILED;

        /** The code in messages and JSON: {@code private_address}, {@code not_found}... */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FetchProblem {
        args = List.copyOf(args);
    }

    public static FetchProblem of(Kind kind, Object... args) {
        return new FetchProblem(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The key of the message that says it, in {@code messages/importer*.properties}. */
    public String messageKey() {
        return "importer.url.problem." + kind.code();
    }

    /** A failure carrying its problem, thrown inside the fetching code and caught at its edge. */
    public static final class Exception extends java.lang.Exception {

        private final transient FetchProblem problem;

        public Exception(FetchProblem problem) {
            super(problem.kind().code() + " " + problem.args(), null, false, false);
            this.problem = problem;
        }

        public FetchProblem problem() {
            return problem;
        }
    }
}
