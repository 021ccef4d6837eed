package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.ExtractedProject.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period where no period section gives it; the texts are excerpts of the development corpus. */
class PeriodMentionReaderTest {

    private static DateSpan period(String text) {
        return ProjectReader.read("test.txt", text).period();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Projekt zostanie zrealizowany w okresie od dnia 01.03.2022 r. do dnia 31.10.2022 r. przez następujące organizacje. | 2022-03-01 | 2022-10-31
            Projekt będzie prowadzony w okresie listopad 2021 r. – grudzień 2022 r.                                            | 2021-11    | 2022-12
            2017–2019 toimub Virumaa Koostöökogu piirkonnas rahvusvaheline koostööprojekt.                                     | 2017       | 2019
            Ajakava: Projekti tegevuste elluviimise aeg: 01.04.2024 – 30.06.2025.                                               | 2024-04-01 | 2025-06-30
            Hanke toteutetaan 1.1.2020–31.12.2022 Satakunnassa.                                                                 | 2020-01-01 | 2022-12-31
            Die Laufzeit geht von März 2019 bis Juni 2021.                                                                      | 2019-03    | 2021-06
            """)
    void readsARangeInASentenceWithAPeriodWord(String text, String start, String end) {
        assertThat(period(text)).extracting(DateSpan::start, DateSpan::end).containsExactly(start, end);
    }

    @Test
    void readsTheStartAndEndLabelsEachWithItsDate() {
        String page = """
                Projekt
                Startdatum

                07.08.2017

                Slutdatum

                14.09.2021
                """;
        assertThat(period(page)).extracting(DateSpan::start, DateSpan::end).containsExactly("2017-08-07", "2021-09-14");
        assertThat(period("Projekti algus: 2016\nProjekti lõpp: 2019\n"))
                .extracting(DateSpan::start, DateSpan::end).containsExactly("2016", "2019");
    }

    @Test
    void readsAShortLineThatEndsWithARange() {
        assertThat(period("Ühisprojekt \"Mulgimaa külade arenguks!\" 2021-2022\n\nProjekti eesmärk on külade areng."))
                .extracting(DateSpan::start, DateSpan::end).containsExactly("2021", "2022");
    }

    @Test
    void readsARangeInASentenceThatNamesTheProject() {
        assertThat(period("Drugi projekt współpracy (2019–2021) – główne założenia i cele: stworzenie marki lokalnej.\n"))
                .extracting(DateSpan::start, DateSpan::end).containsExactly("2019", "2021");
    }

    @Test
    void readsTheEndAloneAfterAnUntilWord() {
        assertThat(period("Operację zrealizujemy do końca roku 2021."))
                .extracting(DateSpan::start, DateSpan::end).containsExactly(null, "2021");
    }

    @Test
    void takesNoProgrammesYearsNorAnEventsDays() {
        assertThat(period("Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020\n")).isNull();
        assertThat(period("Programu Rozwoju Obszarów Wiejskich na lata 2014-2020, poddziałanie 19.3\n")).isNull();
        assertThat(period("23.-24. mail 2019 toimub õppereis Soome.\n")).isNull();
        assertThat(period("Journalnummer 2008-5856\n")).isNull();
        assertThat(period("Koostööprojekt toetab Rohelise Jõemaa Koostöökogu arengustrateegia 2015–2020 prioriteeti nr 3.\n"))
                .isNull();
    }
}
