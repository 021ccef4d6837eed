package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days of a news item written without their year take the year the reader gives. */
class PartialDatesYearOfDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10 maja w biurze LGD w Buku spotkali się dyrektorzy                | 10 maja         | 2018-05-10
            Koostööleping allkirjastati pidulikult 5. veebruaril Sagadi mõisas | 5. veebruaril   | 2018-02-05
            16.-17. juunil toimus juhtkomitee kohtumine Soomes                 | 16.-17. juunil  | 2018-06-16/2018-06-17
            23.-24. mail toimus õppereis                                       | 23.-24. mail    | 2018-05-23/2018-05-24
            Projekta darba grupas sanāksme notika 31. oktobrī                  | 31. oktobrī     | 2018-10-31
            Gruodžio 3 d. projekto partnerių susitikimas                       | Gruodžio 3 d.   | 2018-12-03
            am 12. März trafen sich die Partner, am 12. März 2019 wieder       | 12. März        | 2018-03-12
            """)
    void givesTheYearToADayAndMonthWrittenWithoutOne(String line, String asWritten, String edtf) {
        var found = PartialDates.find(line, 2018);
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().asWritten()).isEqualTo(asWritten);
        assertThat(found.getFirst().range().toEdtf()).isEqualTo(edtf);
    }

    @Test
    void keepsTheYearThatIsWritten() {
        var found = PartialDates.find("W dniach 29 sierpnia – 2 września 2023 roku", 2018);
        assertThat(found).singleElement().extracting(m -> m.range().toEdtf()).isEqualTo("2023-08-29/2023-09-02");
    }

    @Test
    void givesNoYearToAMonthOrABareDay() {
        assertThat(PartialDates.find("You may come in May or on the 23. of it", 2018)).isEmpty();
    }

    @Test
    void withoutAYearTheDaysAreNotFound() {
        assertThat(PartialDates.find("10 maja w biurze LGD w Buku")).isEmpty();
        assertThatThrownBy(() -> PartialDates.find("10 maja", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
