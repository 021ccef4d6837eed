package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDatesFormatTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01                | et | jaanuar 2024
            2025-21                | et | kevad 2025
            2024-24                | et | talv 2024
            2024-11-08             | et | 08.11.2024
            2024-33                | et | I kvartal 2024
            2024                   | et | 2024
            2024-08-23/2024-08-24  | et | 23.–24.08.2024
            2024-06-30/2024-07-02  | et | 30.06.–02.07.2024
            2025-03/2025-05        | et | märts–mai 2025
            2024-01/2025-06        | et | jaanuar 2024 – juuni 2025
            2024-12-31/2025-01-01  | et | 31.12.2024 – 01.01.2025
            2024-01                | pl | styczeń 2024
            2025-21                | pl | wiosna 2025
            2024-23                | pl | jesień 2024
            2024-11-08             | pl | 08.11.2024
            2024-33                | pl | I kwartał 2024
            2023-36                | pl | IV kwartał 2023
            2024-08-23/2024-08-24  | pl | 23–24.08.2024
            2024-05/2024-06        | pl | maj–czerwiec 2024
            2024-01/2025-06        | pl | styczeń 2024 – czerwiec 2025
            2024-01                | en | January 2024
            2025-21                | en | spring 2025
            2024-11-08             | en | 8 November 2024
            2024-33                | en | Q1 2024
            2024-08-23/2024-08-24  | en | 23–24 August 2024
            2024-06-30/2024-07-02  | en | 30 June – 2 July 2024
            2024-01/2025-06        | en | January 2024 – June 2025
            2024/2025-21           | en | 2024 – spring 2025
            """)
    void writesDatesAsEachLanguageWritesThem(String edtf, String language, String expected) {
        PartialDateRange range = PartialDateRange.fromEdtf(edtf);

        assertThat(PartialDates.format(range, Locale.of(language))).isEqualTo(expected);
        if (range.isSingle()) {
            assertThat(PartialDates.format(range.start(), Locale.of(language))).isEqualTo(expected);
        }
        assertThat(PartialDates.parseRange(expected)).isEqualTo(range);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de", "fr", "et-EE", "pl-PL", "en-GB"})
    void usesTheLanguageOfTheLocaleAndEnglishForAnyOther(String tag) {
        String written = PartialDates.format(PartialDate.ofMonth(2024, 1), Locale.forLanguageTag(tag));

        String expected = switch (tag.substring(0, 2)) {
            case "et" -> "jaanuar 2024";
            case "pl" -> "styczeń 2024";
            default -> "January 2024";
        };
        assertThat(written).isEqualTo(expected);
    }
}
