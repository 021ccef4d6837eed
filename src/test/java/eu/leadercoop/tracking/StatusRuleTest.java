package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.tracking.internal.StatusRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status rule at its boundaries, with the default of 30 days per missing event not yet planned. */
class StatusRuleTest {

    static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    StatusRule rule = new StatusRule(30);

    @Test
    void twoUnplannedEventsMissingAreAtRiskFromFiftyNineDaysBeforeTheDeadlineNotAtSixty() {
        assertThat(rule.decide(3, 1, 0, DEADLINE, LocalDate.of(2025, 5, 1))).isEqualTo(Status.ON_TRACK); // 60 days left
        assertThat(rule.decide(3, 1, 0, DEADLINE, LocalDate.of(2025, 5, 2))).isEqualTo(Status.AT_RISK); // 59 days left
    }

    @Test
    void oneUnplannedEventMissingIsAtRiskFromTwentyNineDaysBefore() {
        assertThat(rule.decide(1, 0, 0, DEADLINE, LocalDate.of(2025, 5, 31))).isEqualTo(Status.NOT_STARTED); // 30 days
        assertThat(rule.decide(1, 0, 0, DEADLINE, LocalDate.of(2025, 6, 1))).isEqualTo(Status.AT_RISK); // 29 days
    }

    @Test
    void onTheDeadlineItselfSomethingMissingIsAtRiskAndTheDayAfterMissed() {
        assertThat(rule.decide(1, 0, 0, DEADLINE, DEADLINE)).isEqualTo(Status.AT_RISK);
        assertThat(rule.decide(1, 0, 0, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(Status.MISSED);
        assertThat(rule.decide(3, 2, 1, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(Status.MISSED);
    }

    @Test
    void plannedEventsBeforeTheDeadlineKeepItFromRiskEvenOnTheLastDay() {
        assertThat(rule.decide(1, 0, 1, DEADLINE, DEADLINE)).isEqualTo(Status.NOT_STARTED);
        assertThat(rule.decide(3, 1, 2, DEADLINE, DEADLINE)).isEqualTo(Status.ON_TRACK);
        // one of two missing is planned: the other alone needs 30 days
        assertThat(rule.decide(3, 1, 1, DEADLINE, DEADLINE.minusDays(30))).isEqualTo(Status.ON_TRACK);
        assertThat(rule.decide(3, 1, 1, DEADLINE, DEADLINE.minusDays(29))).isEqualTo(Status.AT_RISK);
    }

    @Test
    void metOnceHeldReachesTheMinimumAndStaysMetAfterTheDeadline() {
        assertThat(rule.decide(3, 3, 0, DEADLINE, LocalDate.of(2024, 9, 1))).isEqualTo(Status.MET);
        assertThat(rule.decide(1, 2, 0, DEADLINE, DEADLINE.plusYears(1))).isEqualTo(Status.MET);
    }

    @Test
    void notStartedUntilOneIsHeldThenOnTrack() {
        assertThat(rule.decide(3, 0, 0, DEADLINE, LocalDate.of(2024, 1, 1))).isEqualTo(Status.NOT_STARTED);
        assertThat(rule.decide(3, 1, 0, DEADLINE, LocalDate.of(2024, 1, 1))).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void withoutADeadlineNothingIsEverAtRiskOrMissed() {
        assertThat(rule.decide(5, 0, 0, null, LocalDate.of(2099, 1, 1))).isEqualTo(Status.NOT_STARTED);
        assertThat(rule.decide(5, 4, 0, null, LocalDate.of(2099, 1, 1))).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void theNumberOfDaysIsConfigurableButMustBePositive() {
        StatusRule weekly = new StatusRule(7);
        assertThat(weekly.decide(1, 0, 0, DEADLINE, DEADLINE.minusDays(7))).isEqualTo(Status.NOT_STARTED);
        assertThat(weekly.decide(1, 0, 0, DEADLINE, DEADLINE.minusDays(6))).isEqualTo(Status.AT_RISK);
        assertThatThrownBy(() -> new StatusRule(0)).hasMessage("leadercoop.tracking.days-per-missing-event must be 1 or more, not 0");
    }
}
