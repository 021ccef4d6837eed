package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date form of the seeds, DESIGN.md and the import issue, with the EDTF it must give. */
class PartialDatesParsingTest {

    private static String edtf(String text) {
        return PartialDates.parseRange(text).toEdtf();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jaanuar 2024                        | 2024-01
            veebruar 2024 – juuni 2025          | 2024-02/2025-06
            jaanuar 2024 – juuni 2025           | 2024-01/2025-06
            01.01.2021                          | 2021-01-01
            01.01.2021 – 31.12.2022             | 2021-01-01/2022-12-31
            01.07.2022–31.10.2023               | 2022-07-01/2023-10-31
            kevad 2025                          | 2025-21
            11/2024                             | 2024-11
            08.11 2024                          | 2024-11-08
            23.-24.08 2024                      | 2024-08-23/2024-08-24
            4.-7.06 2024                        | 2024-06-04/2024-06-07
            15.03 2024                          | 2024-03-15
            14.03 2024                          | 2024-03-14
            01.03.2024                          | 2024-03-01
            september 2019 – detsember 2021     | 2019-09/2021-12
            2022 kevadeks                       | 2022-21
            2021-2027                           | 2021/2027
            """)
    void parsesEveryDateFormOfTheSeedsAndDesign(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            IV kw. 2023                         | 2023-36
            IV kw 2023                          | 2023-36
            I kv. 2024                          | 2024-33
            3 kw. 2024                          | 2024-35
            IV kw. 2023 – II kw. 2024           | 2023-36/2024-34
            """)
    void readsTheAbbreviationsKwAndKvOfQuarterWithOrWithoutTheirDot(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I kvartal 2024                      | 2024-33
            II kvartal 2024                     | 2024-34
            III kvartal 2024                    | 2024-35
            IV kwartał 2023                     | 2023-36
            II kvartalis 2024                   | 2024-34
            w I kwartale 2024                   | 2024-33
            3. kvartal 2024                     | 2024-35
            Q3 2024                             | 2024-35
            q1 2024                             | 2024-33
            2024 Q4                             | 2024-36
            2023/2024                           | 2023/2024
            lipiec 2022                         | 2022-07
            od 01.07.2022 do 31.10.2023         | 2022-07-01/2023-10-31
            2024-06-04                          | 2024-06-04
            2024-06                             | 2024-06
            2024                                | 2024
            2025-21                             | 2025-21
            2024-33                             | 2024-33
            2024-06-04/2024-06-07               | 2024-06-04/2024-06-07
            2024-01/2025-06                     | 2024-01/2025-06
            June 2024                           | 2024-06
            4 June 2024                         | 2024-06-04
            June 4, 2024                        | 2024-06-04
            June 4th, 2024                      | 2024-06-04
            15. märtsil 2024                    | 2024-03-15
            1. mail 2024                        | 2024-05-01
            5 marca 2024 r.                     | 2024-03-05
            4th June 2024                       | 2024-06-04
            in June 2024                        | 2024-06
            from June to August 2024            | 2024-06/2024-08
            04-06-2024                          | 2024-06-04
            11.2024                             | 2024-11
            """)
    void parsesTheFormsOfTheImportIssue(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            23.-24.08 2024                      | 2024-08-23/2024-08-24
            23.–24.08.2024                      | 2024-08-23/2024-08-24
            23–24.08.2024                       | 2024-08-23/2024-08-24
            4.-7.06 2024                        | 2024-06-04/2024-06-07
            30.06.-02.07.2024                   | 2024-06-30/2024-07-02
            30.06–02.07.2024                    | 2024-06-30/2024-07-02
            maj–czerwiec 2024                   | 2024-05/2024-06
            märts–mai 2025                      | 2025-03/2025-05
            kevad–sügis 2024                    | 2024-21/2024-23
            23–24 August 2024                   | 2024-08-23/2024-08-24
            30 June – 2 July 2024               | 2024-06-30/2024-07-02
            June 4–7, 2024                      | 2024-06-04/2024-06-07
            4. – 7. juuni 2024                  | 2024-06-04/2024-06-07
            2.–3. märtsil 2024                  | 2024-03-02/2024-03-03
            Q1–Q3 2024                          | 2024-33/2024-35
            1st–3rd June 2024                   | 2024-06-01/2024-06-03
            2024-06-04–07                       | 2024-06-04/2024-06-07
            od stycznia do czerwca 2025         | 2025-01/2025-06
            """)
    void parsesRangeShorthandThatBorrowsMonthAndYearFromTheOtherEnd(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @Test
    void parsesEstonianDayRangeThatBorrowsMonthAndYear() {
        PartialDateRange days = PartialDates.parseRange("4.-7.06 2024");

        assertThat(days.start()).isEqualTo(PartialDate.ofDay(2024, 6, 4));
        assertThat(days.end()).isEqualTo(PartialDate.ofDay(2024, 6, 7));
    }

    @Test
    void parsesAnEndThatBorrowsTheYearOfItsStart() {
        assertThat(edtf("01.03.2024 – 15.04")).isEqualTo("2024-03-01/2024-04-15");
        assertThat(edtf("2024 märts – mai")).isEqualTo("2024-03/2024-05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-2025                           | 2024/2025
            2024 - 2025                         | 2024/2025
            2024–2025                           | 2024/2025
            2024 — 2025                         | 2024/2025
            2024—2025                           | 2024/2025
            2024 ‒ 2025                         | 2024/2025
            2024 to 2025                        | 2024/2025
            2024 until 2025                     | 2024/2025
            2024 kuni 2025                      | 2024/2025
            alates 2024 kuni 2025               | 2024/2025
            2024 do 2025                        | 2024/2025
            od 2024 do 2025                     | 2024/2025
            from 2024 to 2025                   | 2024/2025
            märtsist 2024 kuni maini 2025       | 2024-03/2025-05
            """)
    void acceptsEveryDashAndRangeWordAsSeparator(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024. a                             | 2024
            2024 a.                             | 2024
            2024.a.                             | 2024
            2024. aastal                        | 2024
            2024 r.                             | 2024
            2024r.                              | 2024
            2024 roku                           | 2024
            01.07.2022 r.                       | 2022-07-01
            marca 2024 r.                       | 2024-03
            2021. aasta märtsis                 | 2021-03
            2021.aasta märtsis                  | 2021-03
            2022. aasta kevadel                 | 2022-21
            2024.                               | 2024
            kevad 2025.                         | 2025-21
            2023–2024. a                        | 2023/2024
            """)
    void toleratesYearSuffixesAndOrdinalDots(String text, String expected) {
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            JAANUAR 2024                        | 2024-01
            Märtsis 2024                        | 2024-03
            marts 2024                          | 2024-03
            STYCZEŃ 2024                        | 2024-01
            styczen 2024                        | 2024-01
            wrzesien 2024                       | 2024-09
            pazdziernika 2024                   | 2024-10
            sugisel 2024                        | 2024-23
            Wiosna 2025                         | 2025-21
            jesienia 2024                       | 2024-23
            SPRING 2025                         | 2025-21
            '  jaanuar   2024  '                | 2024-01
            jaanuar\u00A02024                   | 2024-01
            """)
    void ignoresLetterCaseDiacriticsAndExtraSpace(String text, String expected) {
        assertThat(edtf(text.replace("\\u00A0", "\u00A0"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            talv 2024/2025                      | 2024-24
            talvel 2024-2025                    | 2024-24
            winter 2023/2024                    | 2023-24
            talv 2024 – 2025                    | 2024-24/2025
            kevad 2024-2025                     | 2024-21/2025
            """)
    void readsAWinterNamedByBothItsYearsAsTheWinterOfTheFirst(String text, String expected) {
        // Spaced, or with a year that does not follow, it stays a range as written.
        assertThat(edtf(text)).isEqualTo(expected);
    }

    @Test
    void readsDecomposedDiacritics() {
        assertThat(edtf("ma\u0308rtsis 2024")).isEqualTo("2024-03");
    }

    @Test
    void parsesAllDatesOfAnEstonianListThatSharesItsMonth() {
        assertThat(PartialDates.parseAll("2020. ja 2021. aasta märtsis"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2020-03", "2021-03");
        assertThat(PartialDates.parseAll("2019., 2020. ja 2021. aasta kevadel"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2019-21", "2020-21", "2021-21");
    }

    @Test
    void parsesListsOfDatesAndRanges() {
        assertThat(PartialDates.parseAll("14. ja 15.03 2024"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2024-03-14", "2024-03-15");
        assertThat(PartialDates.parseAll("märts ja aprill 2024"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2024-03", "2024-04");
        assertThat(PartialDates.parseAll("2023 i 2024"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2023", "2024");
        assertThat(PartialDates.parseAll("jaanuar 2024 – juuni 2025; 01.03.2024, kevad 2025 and Q3 2024"))
                .extracting(PartialDateRange::toEdtf)
                .containsExactly("2024-01/2025-06", "2024-03-01", "2025-21", "2024-35");
    }

    @Test
    void doesNotShareAMonthWithAYearWrittenAfterIt() {
        // Only the Estonian year-first order ("2021. aasta märtsis") shares its month with the years before it.
        assertThat(PartialDates.parseAll("2020 and March 2021"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2020", "2021-03");
        assertThat(PartialDates.parseAll("2020. ja 2021. aastal"))
                .extracting(PartialDateRange::toEdtf).containsExactly("2020", "2021");
    }

    @Test
    void readsASingleDateWithParse() {
        assertThat(PartialDates.parse("01.03.2024")).isEqualTo(PartialDate.ofDay(2024, 3, 1));
        assertThat(PartialDates.parse("kevad 2025")).isEqualTo(PartialDate.ofSeason(2025, Season.SPRING));
    }

    @Test
    void readsYearMonthCodesAsEdtfNotAsShortYearRanges() {
        // Documented choice: YYYY-NN is ISO 8601-2 / EDTF. "2020–21" with an en dash is not ISO and is refused.
        assertThat(edtf("2020-21")).isEqualTo("2020-21");
        assertThat(PartialDates.parseRange("2020-21").start().season()).isEqualTo(Season.SPRING);
    }
}
