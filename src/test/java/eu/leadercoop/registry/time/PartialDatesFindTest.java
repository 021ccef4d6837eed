package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.leadercoop.registry.time.PartialDates.Match;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDatesFindTest {

    @Test
    void findsTheDateAtTheStartOfAnEventLineWithItsSpan() {
        String line = "4.-7.06 2024 Osalemine rahvusvahelisel LEADER konverentsil LINC 2024 Rumeenias";

        List<Match> matches = PartialDates.find(line);

        assertThat(matches).extracting(m -> m.range().toEdtf(), Match::start, Match::end, Match::asWritten)
                .containsExactly(
                        tuple("2024-06-04/2024-06-07", 0, 12, "4.-7.06 2024"),
                        tuple("2024", 64, 68, "2024"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kevad 2025 Välisõppereis liikmetele koos Nelja Valla Kogu       | kevad 2025     | 2025-21
            11/2024 Aastalõpu üritus liikmetele                             | 11/2024        | 2024-11
            08.11 2024 Partnerite juhatuste ja tegevmeeskondade seminar     | 08.11 2024     | 2024-11-08
            23.-24.08 2024 Partnerite liikmete õppereis ja koostööseminar   | 23.-24.08 2024 | 2024-08-23/2024-08-24
            15.03 2024 Partnerite veebikoosolek                             | 15.03 2024     | 2024-03-15
            01.03.2024 Kodukant Läänemaa liitus koostööprojektiga           | 01.03.2024     | 2024-03-01
            """)
    void findsTheDateOfEverySeedEventLine(String line, String asWritten, String edtf) {
        Match first = PartialDates.find(line).getFirst();

        assertThat(first.start()).isZero();
        assertThat(first.asWritten()).isEqualTo(asWritten);
        assertThat(first.range().toEdtf()).isEqualTo(edtf);
    }

    @Test
    void findsThePeriodsOfTheSeedPages() {
        assertThat(only("Periood: jaanuar 2024 – juuni 2025")).isEqualTo("2024-01/2025-06");
        assertThat(only("Projekt viiakse ellu perioodil: 01.01.2021 – 31.12.2022")).isEqualTo("2021-01-01/2022-12-31");
        assertThat(only("Czas trwania projektu: 01.07.2022–31.10.2023")).isEqualTo("2022-07-01/2023-10-31");
        assertThat(only("saame planeerida jätkutegevused uueks programmperioodiks 2021-2027.")).isEqualTo("2021/2027");
        assertThat(only("5-päevane õppereis välisriiki (välisreis on planeeritud 2022 kevadeks);")).isEqualTo("2022-21");
    }

    @Test
    void findsEachDateOfAListThatSharesItsMonth() {
        String line = "Kahtede Vunki mano! loometalgute korraldamine (2020. ja 2021.aasta märtsis) ja toetamine";

        assertThat(PartialDates.find(line)).extracting(m -> m.range().toEdtf(), Match::asWritten)
                .containsExactly(tuple("2020-03", "2020"), tuple("2021-03", "2021.aasta märtsis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lisainfo: Kai Kulbok, kai.kulbok@kklm.ee, +372 552 2385",
            "2021/1 Arukate külade arenguprogramm",
            "Viitenumber: 19302100001",
            "Koostööprojekti partnerite eelarve kokku 251 928 €",
            "Maksumus: 33 002,80 eurot millest toetus 29 702,52 eurot, omaosalus 3 300,28 eurot",
            "1.1 6 koolitusmoodulit erinevatel teemadel",
            "1.2 2-päevane õppereis Eestis ja 5-päevane õppereis välisriiki",
            "3. Vähemalt kolme koosoleku korraldamine",
            "Cel 5: Aktywizacja mieszkańców wsi",
            "LINC2024 konverents",
            "Budżet projektu: 176 072,20 zł",
    })
    void findsNoDateInNumbersThatAreNotDates(String line) {
        assertThat(PartialDates.find(line)).isEmpty();
    }

    @Test
    void skipsAnImpossibleDateWholeInsteadOfReportingAPartOfIt() {
        assertThat(PartialDates.find("31.02.2024 – 05.03.2024 seminar")).isEmpty();
        assertThat(PartialDates.find("01.01.21 seminar")).isEmpty();
        assertThat(PartialDates.find("uchwała nr 13/2024 z dnia 5 marca 2024 r."))
                .extracting(Match::asWritten).containsExactly("5 marca 2024 r.");
    }

    @Test
    void keepsADateThatAListWordJoinsToANumberThatIsNoDate() {
        assertThat(PartialDates.find("Seminar kevad 2025 ja 5 osalejat")).extracting(Match::asWritten)
                .containsExactly("kevad 2025");
        assertThat(PartialDates.find("2024, 5, 6 ja 7 seminari")).extracting(Match::asWritten).containsExactly("2024");
    }

    @Test
    void keepsTheDatesAfterAnImpossibleOneInTheSameList() {
        assertThat(PartialDates.find("31.02.2024 ja 2025")).extracting(m -> m.range().toEdtf()).containsExactly("2025");
    }

    @Test
    void matchesAreInOrderAndTheirTextIsTheText() {
        String text = "Periood: september 2019 – detsember 2021. Tegevused (2020. ja 2021.aasta märtsis), kevad 2025.";

        List<Match> matches = PartialDates.find(text);

        assertThat(matches).extracting(m -> m.range().toEdtf())
                .containsExactly("2019-09/2021-12", "2020-03", "2021-03", "2025-21");
        for (Match match : matches) {
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.asWritten());
        }
        assertThat(matches.getLast().asWritten()).isEqualTo("kevad 2025");
    }

    @Test
    void findsNothingInAnEmptyOrDatelessText() {
        assertThat(PartialDates.find("")).isEmpty();
        assertThat(PartialDates.find("Projekti eesmärk on aktiivsed külakogukonnad.")).isEmpty();
    }

    @Test
    void refusesNullAndOverlongTextsWithAParseException() {
        assertThatThrownBy(() -> PartialDates.find(null)).isInstanceOf(PartialDateParseException.class);
        assertThatThrownBy(() -> PartialDates.find("a".repeat(PartialDates.MAX_INPUT_LENGTH + 1)))
                .isInstanceOf(PartialDateParseException.class).hasMessageContaining("longer than 10000");
        assertThat(PartialDates.find("x".repeat(PartialDates.MAX_INPUT_LENGTH - 5) + " 2024")).hasSize(1);
    }

    private static String only(String text) {
        List<Match> matches = PartialDates.find(text);
        assertThat(matches).as(text).hasSize(1);
        return matches.getFirst().range().toEdtf();
    }
}
