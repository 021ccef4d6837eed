package eu.leadercoop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.Season;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodDaysTest {

    @Test
    void aPeriodCoversEveryDayItsEndsCanMean() {
        assertThat(PeriodDays.of(PartialDate.ofMonth(2024, 1), PartialDate.ofSeason(2025, Season.SPRING)))
                .isEqualTo(new PeriodDays(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 31)));
    }

    @Test
    void anOpenEndRunsToTheFarPastOrFuture() {
        assertThat(PeriodDays.of(PartialDate.ofMonth(2024, 3), null))
                .isEqualTo(new PeriodDays(LocalDate.of(2024, 3, 1), PeriodDays.OPEN_END));
        assertThat(PeriodDays.of(null, PartialDate.ofYear(2025)))
                .isEqualTo(new PeriodDays(PeriodDays.OPEN_START, LocalDate.of(2025, 12, 31)));
        assertThat(PeriodDays.of(null, null)).isNull();
    }

    @Test
    void yearsAreThoseThePeriodTouches() {
        assertThat(PeriodDays.years(PartialDate.ofDay(2021, 1, 1), PartialDate.ofDay(2022, 12, 31), 30)).containsExactly(2021, 2022);
        assertThat(PeriodDays.years(PartialDate.ofMonth(2024, 3), null, 30)).containsExactly(2024);
        assertThat(PeriodDays.years(PartialDate.ofYear(1990), PartialDate.ofYear(2030), 5)).containsExactly(1990, 1991, 1992, 1993, 1994);
        assertThat(PeriodDays.years(null, null, 30)).isEmpty();
    }
}
