package eu.leadercoop.translation.internal;

import java.time.Duration;
import java.util.List;

/**
 * Tries a request that failed for a passing reason again, {@code attempts} times in all, waiting
 * {@code delay} before the first retry and twice as long before each further one, or as long as the
 * service's {@code Retry-After} asks, but never more than a minute. Other failures are not retried.
 */
final class Retrying implements TextTranslator {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final TextTranslator service;
    private final int attempts;
    private final Duration delay;

    Retrying(TextTranslator service, int attempts, Duration delay) {
        this.service = service;
        this.attempts = attempts;
        this.delay = delay;
    }

    @Override
    public String service() {
        return service.service();
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationFailure {
        for (int attempt = 1; ; attempt++) {
            try {
                return service.translate(texts, from, to);
            } catch (TranslationFailure failure) {
                if (!failure.passing() || attempt >= attempts) {
                    throw new TranslationFailure(failure.getMessage() + " (attempt " + attempt + " of " + attempts + ")",
                            failure.passing(), failure);
                }
                pause(wait(attempt, failure.retryAfter()));
            }
        }
    }

    Duration wait(int attempt, Duration retryAfter) {
        Duration backoff = delay.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration wait = retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static void pause(Duration wait) throws TranslationFailure {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationFailure("interrupted while waiting to retry", false, e);
        }
    }
}
