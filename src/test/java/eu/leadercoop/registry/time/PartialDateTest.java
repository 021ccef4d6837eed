package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource({
            "2024,       2024-01-01, 2024-12-31",
            "2025-21,    2025-03-01, 2025-05-31",
            "2025-22,    2025-06-01, 2025-08-31",
            "2025-23,    2025-09-01, 2025-11-30",
            "2024-24,    2024-12-01, 2025-02-28",
            "2023-24,    2023-12-01, 2024-02-29",
            "2024-33,    2024-01-01, 2024-03-31",
            "2024-34,    2024-04-01, 2024-06-30",
            "2024-35,    2024-07-01, 2024-09-30",
            "2024-36,    2024-10-01, 2024-12-31",
            "2024-02,    2024-02-01, 2024-02-29",
            "2023-02,    2023-02-01, 2023-02-28",
            "2024-06-04, 2024-06-04, 2024-06-04",
    })
    void coversItsFirstToLastDay(String edtf, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.fromEdtf(edtf);

        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.contains(earliest)).isTrue();
        assertThat(date.contains(latest)).isTrue();
        assertThat(date.contains(earliest.minusDays(1))).isFalse();
        assertThat(date.contains(latest.plusDays(1))).isFalse();
    }

    @Test
    void winterBelongsToTheYearOfItsDecemberSoSeasonsKeepTheirOrder() {
        List<PartialDate> seasons = new ArrayList<>();
        for (Season season : Season.values()) {
            seasons.add(PartialDate.ofSeason(2024, season));
        }
        List<PartialDate> shuffled = new ArrayList<>(seasons);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(seasons);
        assertThat(PartialDate.ofSeason(2024, Season.WINTER).latest())
                .isBefore(PartialDate.ofSeason(2025, Season.SPRING).earliest());
    }

    @Test
    void writesEachPrecisionInEdtf() {
        assertThat(PartialDate.ofYear(2024).toEdtf()).isEqualTo("2024");
        assertThat(PartialDate.ofSeason(2025, Season.SPRING).toEdtf()).isEqualTo("2025-21");
        assertThat(PartialDate.ofSeason(2025, Season.WINTER).toEdtf()).isEqualTo("2025-24");
        assertThat(PartialDate.ofQuarter(2024, 1).toEdtf()).isEqualTo("2024-33");
        assertThat(PartialDate.ofQuarter(2024, 4).toEdtf()).isEqualTo("2024-36");
        assertThat(PartialDate.ofMonth(2024, 6).toEdtf()).isEqualTo("2024-06");
        assertThat(PartialDate.ofDay(2024, 6, 4).toEdtf()).isEqualTo("2024-06-04");
        assertThat(PartialDate.of(LocalDate.of(2024, 11, 8))).isEqualTo(PartialDate.ofDay(2024, 11, 8));
    }

    @Test
    void readsEdtfIntoTheRightPrecision() {
        assertThat(PartialDate.fromEdtf("2024").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.fromEdtf("2025-21")).isEqualTo(PartialDate.ofSeason(2025, Season.SPRING));
        assertThat(PartialDate.fromEdtf("2024-35")).isEqualTo(PartialDate.ofQuarter(2024, 3));
        assertThat(PartialDate.fromEdtf("2024-12")).isEqualTo(PartialDate.ofMonth(2024, 12));
        assertThat(PartialDate.fromEdtf("2024-02-29")).isEqualTo(PartialDate.ofDay(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-6", "2024-13", "2024-00", "2024-20", "2024-25", "2024-37",
            "2023-02-29", "2024-06-31", "2024-06-00", "0999", "2024/06", "2024-06-04T10:00", " 2024",
            "２０２４", "+2024", "2024-Q1"})
    void rejectsAnythingThatIsNotAnEdtfDate(String text) {
        assertThatThrownBy(() -> PartialDate.fromEdtf(text))
                .isInstanceOf(PartialDateParseException.class)
                .satisfies(e -> assertThat(((PartialDateParseException) e).input()).isEqualTo(text));
    }

    @Test
    void explainsWhyAnEdtfDateIsImpossible() {
        assertThatThrownBy(() -> PartialDate.fromEdtf("2023-02-29"))
                .isInstanceOf(PartialDateParseException.class)
                .hasMessageContaining("day 29 does not exist in February 2023");
        assertThatThrownBy(() -> PartialDate.fromEdtf("2024-20"))
                .hasMessageContaining("neither a month (01–12), a season (21–24) nor a quarter (33–36)");
        assertThatThrownBy(() -> PartialDate.fromEdtf(null)).isInstanceOf(PartialDateParseException.class);
    }

    @Test
    void rejectsImpossibleValuesInTheConstructor() {
        assertThatThrownBy(() -> PartialDate.ofMonth(2024, 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month 13 does not exist (months are 1–12)");
        assertThatThrownBy(() -> PartialDate.ofDay(2024, 2, 30)).hasMessage("day 30 does not exist in February 2024");
        assertThatThrownBy(() -> PartialDate.ofDay(2024, 1, 0)).hasMessage("day 0 does not exist in January 2024");
        assertThatThrownBy(() -> PartialDate.ofQuarter(2024, 5)).hasMessage("quarter 5 does not exist (quarters are 1–4)");
        assertThatThrownBy(() -> PartialDate.ofYear(999)).hasMessageContaining("four digits");
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).hasMessageContaining("four digits");
    }

    @Test
    void rejectsComponentsThePrecisionDoesNotUse() {
        assertThatThrownBy(() -> new PartialDate(Precision.YEAR, 2024, null, 0, 6, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a YEAR date has no month");
        assertThatThrownBy(() -> new PartialDate(Precision.MONTH, 2024, Season.SPRING, 0, 6, 0))
                .hasMessage("a MONTH date has no season");
        assertThatThrownBy(() -> new PartialDate(Precision.SEASON, 2024, null, 0, 0, 0))
                .hasMessage("a SEASON date needs a season");
        assertThatThrownBy(() -> new PartialDate(Precision.MONTH, 2024, null, 0, 6, 4))
                .hasMessage("a MONTH date has no day");
        assertThatThrownBy(() -> new PartialDate(Precision.DAY, 2024, null, 2, 6, 4))
                .hasMessage("a DAY date has no quarter");
    }

    @Test
    void sortsByFirstDayThenCoarserPrecisionFirst() {
        List<PartialDate> sorted = new ArrayList<>(List.of(
                PartialDate.ofDay(2024, 1, 1),
                PartialDate.ofMonth(2024, 1),
                PartialDate.ofQuarter(2024, 1),
                PartialDate.ofYear(2024),
                PartialDate.ofSeason(2023, Season.WINTER),
                PartialDate.ofMonth(2023, 12),
                PartialDate.ofDay(2024, 1, 2)));
        Collections.sort(sorted);

        assertThat(sorted).extracting(PartialDate::toEdtf).containsExactly(
                "2023-24", "2023-12", "2024", "2024-33", "2024-01", "2024-01-01", "2024-01-02");
    }

    @Test
    void seasonCodesAreTheEdtfOnes() {
        assertThat(Season.values()).extracting(Season::edtfCode).containsExactly(21, 22, 23, 24);
        assertThat(Season.fromEdtfCode(23)).isEqualTo(Season.AUTUMN);
        assertThatThrownBy(() -> Season.fromEdtfCode(25)).isInstanceOf(IllegalArgumentException.class);
    }
}
