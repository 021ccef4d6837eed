package eu.leadercoop.translation.internal;

import java.time.Duration;

/**
 * A translation request that did not give translations. {@code passing} failures (HTTP 429, 5xx, no
 * answer in time, a broken connection) may succeed when tried again, after {@code retryAfter} when the
 * service said so; the others (a refused key, a used-up quota, an answer we cannot read) will not.
 */
class TranslationFailure extends Exception {

    private final boolean passing;
    private final Duration retryAfter;

    TranslationFailure(String message, boolean passing, Duration retryAfter) {
        super(message);
        this.passing = passing;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    TranslationFailure(String message, boolean passing, Throwable cause) {
        super(message, cause);
        this.passing = passing;
        this.retryAfter = Duration.ZERO;
    }

    boolean passing() {
        return passing;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
