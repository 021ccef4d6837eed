package eu.leadercoop.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAnAddressAfterFiveFailuresUntilTheyAreAQuarterOfAnHourOld() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("mari@example.ee", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isBlocked("mari@example.ee", "10.0.0.2")).isFalse();
        throttle.failed("mari@example.ee", "10.0.0.1");
        assertThat(throttle.isBlocked("mari@example.ee", "10.0.0.2")).isTrue();
        assertThat(throttle.isBlocked("jaan@example.ee", "10.0.0.2")).isFalse();
        clock.advance(Duration.ofMinutes(11).plusSeconds(1));
        assertThat(throttle.isBlocked("mari@example.ee", "10.0.0.2")).as("the first failure is older than 15 minutes").isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("mari@example.ee", null);
        }
        throttle.succeeded("mari@example.ee");
        throttle.failed("mari@example.ee", null);
        assertThat(throttle.isBlocked("mari@example.ee", null)).isFalse();
    }

    @Test
    void blocksANetworkAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i + "@example.ee", "10.0.0.9");
        }
        assertThat(throttle.isBlocked("someone.new@example.ee", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("someone.new@example.ee", "10.0.0.10")).isFalse();
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2024-09-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
