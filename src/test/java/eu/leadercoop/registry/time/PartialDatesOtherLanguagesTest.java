package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as the pages in Latvian, Lithuanian, Finnish, Swedish, German, French and Czech write them, and the Polish
 * "r." glued to the year; the inputs are excerpts of the development corpus.
 */
class PartialDatesOtherLanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            04-11-2015r.                                   | 2015-11-04
            styczeń 2016r.                                 | 2016-01
            20-22 września 2022r.                          | 2022-09-20/2022-09-22
            9.07.- 14.07.2022r.                            | 2022-07-09/2022-07-14
            12.–14.6.2019                                  | 2019-06-12/2019-06-14
            17. syyskuuta 2019                             | 2019-09-17
            den 5 maj 2018                                 | 2018-05-05
            am 12. März 2019                               | 2019-03-12
            le 5 mars 2019                                 | 2019-03-05
            du 19 au 21 octobre 2011                       | 2011-10-19/2011-10-21
            von März 2019 bis Juni 2021                    | 2019-03/2021-06
            2019. gada 12. martā                           | 2019-03-12
            2018. gada martā līdz 2019. gada aprīlim       | 2018-03/2019-04
            2010 m. gegužės 19-21                          | 2010-05-19/2010-05-21
            2022 birželio 16 d.                            | 2022-06-16
            2020 m. kovo 5 d.                              | 2020-03-05
            Nuo 2023 m. rugpjūčio 29 d. iki rugsėjo 2 d.   | 2023-08-29/2023-09-02
            20. – 22. 5. 2016                              | 2016-05-20/2016-05-22
            3.11. 2015                                     | 2015-11-03
            Frühjahr 2026                                  | 2026-21
            keväällä 2020                                  | 2020-21
            hösten 2019                                    | 2019-23
            pavasarī 2021                                  | 2021-21
            """)
    void readsTheDatesOfOtherLanguages(String written, String edtf) {
        assertThat(PartialDates.parseRange(written).toEdtf()).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Projekta brauciens notika 2019. gada 12. martā Cēsīs.           | 2019. gada 12. martā           | 2019-03-12
            2010 m. gruodžio 11 Raudonėje pasirašyta sutartis               | 2010 m. gruodžio 11            | 2010-12-11
            Setkání pořádané MAS 20. – 22. 5. 2016 v Litovli                | 20. – 22. 5. 2016              | 2016-05-20/2016-05-22
            Spotkanie w Jugowicach 04-11-2015r. o godz. 10                  | 04-11-2015r.                   | 2015-11-04
            """)
    void findsThemInsideSentences(String line, String asWritten, String edtf) {
        var found = PartialDates.find(line);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().asWritten()).isEqualTo(asWritten);
        assertThat(found.getFirst().range().toEdtf()).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021. aasta märtsis 15 osalejat  | 2021-03
            Det var 2019 som vi började      | 2019
            to host 2024 conference          | 2024
            """)
    void takesNoCountOrCommonWordForAPartOfTheDate(String line, String edtf) {
        var found = PartialDates.find(line);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().range().toEdtf()).isEqualTo(edtf);
    }
}
