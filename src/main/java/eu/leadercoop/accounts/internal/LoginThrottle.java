package eu.leadercoop.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #PER_ACCOUNT} failed sign-ins for one e-mail address (or
 * {@value #PER_ADDRESS} from one network address) within {@link #WINDOW}, further attempts are refused
 * unchecked until the window has passed. Counts unknown addresses alike, so that the refusal tells
 * nothing about which accounts exist. Kept in memory: a restart or a second node starts afresh.
 */
@Component
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String email, String address) {
        return count("account:" + email) >= PER_ACCOUNT || address != null && count("address:" + address) >= PER_ADDRESS;
    }

    public void failed(String email, String address) {
        record("account:" + email);
        if (address != null) {
            record("address:" + address);
        }
    }

    public void succeeded(String email) {
        failures.remove("account:" + email);
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }
}
