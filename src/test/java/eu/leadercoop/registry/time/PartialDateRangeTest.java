package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateRangeTest {

    private static final PartialDate JANUARY_2024 = PartialDate.ofMonth(2024, 1);
    private static final PartialDate JUNE_2025 = PartialDate.ofMonth(2025, 6);

    @Test
    void spansFromTheStartsFirstDayToTheEndsLastDay() {
        PartialDateRange period = new PartialDateRange(JANUARY_2024, JUNE_2025);

        assertThat(period.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.latest()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(period.contains(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(period.contains(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(period.contains(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(period.isSingle()).isFalse();
    }

    @Test
    void writesRangesAndSingleDatesInEdtf() {
        assertThat(new PartialDateRange(JANUARY_2024, JUNE_2025).toEdtf()).isEqualTo("2024-01/2025-06");
        assertThat(PartialDateRange.of(JANUARY_2024).toEdtf()).isEqualTo("2024-01");
        assertThat(new PartialDateRange(JANUARY_2024, JANUARY_2024).isSingle()).isTrue();
    }

    @Test
    void readsEdtfRangesAndSingleDates() {
        assertThat(PartialDateRange.fromEdtf("2024-01/2025-06"))
                .isEqualTo(new PartialDateRange(JANUARY_2024, JUNE_2025));
        assertThat(PartialDateRange.fromEdtf("2025-21")).isEqualTo(PartialDateRange.of(PartialDate.fromEdtf("2025-21")));
        assertThat(PartialDateRange.fromEdtf("2024/2024")).isEqualTo(PartialDateRange.of(PartialDate.ofYear(2024)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/", "/2024", "../2024", "2024/..", "2024/2025/2026", "2025/2024", "2024-06/2024-05-31"})
    void rejectsOpenMalformedOrBackwardsEdtfRanges(String text) {
        assertThatThrownBy(() -> PartialDateRange.fromEdtf(text))
                .isInstanceOf(PartialDateParseException.class)
                .satisfies(e -> assertThat(((PartialDateParseException) e).input()).isEqualTo(text));
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new PartialDateRange(JUNE_2025, JANUARY_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the range ends (2024-01) before it starts (2025-06)");
    }

    @Test
    void rejectsAStartThatIsAFinerPartOfItsEnd() {
        // "4 June 2024 – June 2024" overlaps but its start sorts after its end: no sensible reading.
        assertThatThrownBy(() -> new PartialDateRange(PartialDate.ofDay(2024, 6, 4), PartialDate.ofMonth(2024, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("begins after its end");
    }

    @Test
    void acceptsAnEndThatStartsOnTheSameDayButIsFiner() {
        PartialDateRange range = new PartialDateRange(PartialDate.ofYear(2024), PartialDate.ofDay(2024, 1, 1));

        assertThat(range.latest()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void sortsByStartThenEnd() {
        PartialDateRange a = new PartialDateRange(JANUARY_2024, PartialDate.ofMonth(2024, 3));
        PartialDateRange b = new PartialDateRange(JANUARY_2024, JUNE_2025);
        PartialDateRange c = PartialDateRange.of(PartialDate.ofMonth(2024, 2));
        List<PartialDateRange> ranges = new ArrayList<>(List.of(c, b, a));
        Collections.sort(ranges);

        assertThat(ranges).containsExactly(a, b, c);
    }
}
