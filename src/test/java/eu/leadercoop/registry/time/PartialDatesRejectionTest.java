package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is not a date is a parse error with a reason, never a different date. */
class PartialDatesRejectionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            31.02.2024            | day 31 does not exist in February 2024
            30.02.2024            | day 30 does not exist in February 2024
            29.02.2023            | day 29 does not exist in February 2023
            00.01.2024            | day 0 does not exist in January 2024
            32.01.2024            | day 32 does not exist in January 2024
            13/2024               | month 13 does not exist (months are 1–12)
            00/2024               | month 0 does not exist (months are 1–12)
            15.13.2024            | month 13 does not exist (months are 1–12)
            2024-13               | '13' is neither a month (01–12), a season (21–24) nor a quarter (33–36)
            2024-06-31            | day 31 does not exist in June 2024
            Q5 2024               | quarter 5 does not exist (quarters are 1–4)
            01.01.21              | the year '21' is ambiguous; write it with four digits
            23.                   | no year is given or implied
            märts                 | no year is given or implied
            24.08                 | no year is given or implied
            od 2024               | 'od' begins a range that has no end
            24.-23.08 2024        | the range ends (2024-08-23) before it starts (2024-08-24)
            juuni 2025 – jaanuar 2024 | the range ends (2024-01) before it starts (2025-06)
            talv 2024-2023        | the range ends (2023) before it starts (2024-24)
            0999                  | year 999 does not have four digits (1000–9999)
            """)
    void rejectsAnImpossibleDateWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> PartialDates.parseRange(text))
                .isInstanceOf(PartialDateParseException.class)
                .satisfies(e -> {
                    PartialDateParseException parseError = (PartialDateParseException) e;
                    assertThat(parseError.input()).isEqualTo(text);
                    assertThat(parseError.reason()).endsWith(reason);
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", "seminar", "2024 seminar", "kevad 2025 ja", "2024 – 5", "12/13/2024",
            "04/06/2024", "11/24", "1.123", "2024-2", "jaanuar 2024 –", "– 2024", "2024/", "od", "I kvartal",
            "31.12", "2020–21", "Q 3 2024", "2024-06-04T10:00", "kevad 2024/2025", "talv 2024/2023"})
    void rejectsTextThatIsNotOneDate(String text) {
        assertThatThrownBy(() -> PartialDates.parseRange(text))
                .isInstanceOf(PartialDateParseException.class)
                .satisfies(e -> assertThat(((PartialDateParseException) e).reason()).isNotBlank());
    }

    @Test
    void explainsWhatFollowsADateUnexpectedly() {
        assertThatThrownBy(() -> PartialDates.parseRange("2024 seminar"))
                .hasMessageStartingWith("unexpected 'seminar' after '2024'");
        assertThatThrownBy(() -> PartialDates.parseRange("seminar"))
                .hasMessageStartingWith("'seminar' does not begin a date");
    }

    @Test
    void refusesSeveralDatesWhereOneIsExpected() {
        assertThatThrownBy(() -> PartialDates.parseRange("2020. ja 2021. aasta märtsis"))
                .isInstanceOf(PartialDateParseException.class)
                .hasMessageStartingWith("the text names 2 dates");
        assertThatThrownBy(() -> PartialDates.parse("2023/2024"))
                .isInstanceOf(PartialDateParseException.class)
                .hasMessageStartingWith("this is a range (2023/2024)");
    }

    @Test
    void refusesNullAndOverlongTextsWithAParseException() {
        assertThatThrownBy(() -> PartialDates.parseRange(null)).isInstanceOf(PartialDateParseException.class);
        assertThatThrownBy(() -> PartialDates.parseAll(null)).isInstanceOf(PartialDateParseException.class);
        assertThatThrownBy(() -> PartialDates.parse(null)).isInstanceOf(PartialDateParseException.class);
        String overlong = "2024 ".repeat(PartialDates.MAX_INPUT_LENGTH / 5 + 1);
        assertThatThrownBy(() -> PartialDates.parseAll(overlong))
                .isInstanceOf(PartialDateParseException.class)
                .satisfies(e -> assertThat(((PartialDateParseException) e).input()).isSameAs(overlong))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @ParameterizedTest(name = "{0} repeated")
    @ValueSource(strings = {"1.", "1, ", "2024-", "2024 ja ", "-", "1.1.", "23.-", "I kvartal ", "2020. ja ",
            "märts–", "5, 2024 ", "od 1 do ", "2024/2024/", "aaaaaaaaaa", "1 ", "(((("})
    void readsTheLongestAllowedAdversarialTextQuickly(String piece) {
        String text = piece.repeat(PartialDates.MAX_INPUT_LENGTH / piece.length() + 1).substring(0, PartialDates.MAX_INPUT_LENGTH);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            PartialDates.find(text);
            try {
                PartialDates.parseAll(text);
            } catch (PartialDateParseException expected) {
                // the property is speed and the kind of failure, not the result
            }
        });
    }

    @Test
    void readsALongListOfDatesInFull() {
        String text = "2024, ".repeat(1500) + "2025";

        assertThat(PartialDates.parseAll(text)).hasSize(1501);
        assertThat(PartialDates.find(text)).hasSize(1501);
    }
}
