package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.ExtractedProject.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events told in prose; the texts are excerpts of the development corpus. */
class EventSentenceReaderTest {

    private static List<String> dates(String text) {
        return ProjectReader.read("test.txt", text).events().stream()
                .map(Event::date).map(d -> d.start() + (d.start().equals(d.end()) ? "" : "/" + d.end())).toList();
    }

    @Test
    void aDayWithoutItsYearTakesThePostingDatesYear() {
        String page = """
                Sąsiednia współpraca

                dodano: 2018-05-11 08:32

                10 maja w biurze LGD w Buku dyrektorzy biur LGD Źródło, LGD Ziemia Grodziska i LGD KOLD rozmawiali o najbliższych spotkaniach projektowych.
                """;
        assertThat(dates(page)).containsExactly("2018-05-10");
    }

    @Test
    void aSentenceTellsOneEventPerDateAndARepeatedDateIsOneEvent() {
        String page = """
                Rahvusvahelise koostööprojekti lepingu sõlmimine

                5. veebruaril sõlmis Rohelise Jõemaa Koostöökogu rahvusvahelise projekti koostöölepingu

                Koostööleping allkirjastati pidulikult 5. veebruaril Sagadi mõisas. Projekt kestab 2019. aasta veebruarini. Projekti juhtkomitee saab kokku 16.-17. juunil Soomes ning projekti avaüritus peetakse 25.-27. augustil Lääne-Virumaal.
                """;
        assertThat(dates(page)).containsExactly("2019-02-05", "2019-06-16/2019-06-17", "2019-08-25/2019-08-27");
    }

    @Test
    void aDaysOrdinalDotDoesNotEndTheSentence() {
        assertThat(dates("Am 13. Juli 2009 um 17.00 Uhr wird die Zusammenarbeit offiziell besiegelt.\n"))
                .containsExactly("2009-07-13");
        assertThat(dates("V úterý 3.11. 2015 přivítal předseda MAS Pošumaví delegaci z Regenu.\n"))
                .containsExactly("2015-11-03");
    }

    @Test
    void aShortAbbreviationsDotDoesNotEndTheSentence() {
        assertThat(dates("• 2022 m. liepos mėn. Trakų krašto ir Alytaus vietos veiklos grupės pasirašė „Jungtinės veiklos sutartį“.\n"))
                .containsExactly("2022-07");
        assertThat(dates("Am 13. Juli 2009 wird die Zusammenarbeit der Aktionsgruppen „Pfälzer Bergland“ und „St. Wendeler Land“ offiziell besiegelt.\n"))
                .containsExactly("2009-07-13");
    }

    @Test
    void aMeasuresCodeIsNoDate() {
        assertThat(dates("W dniach 20-22 września 2022r. partnerzy przeprowadzili wyjazd studyjny w ramach projektu współpracy pn. „Promocja i Tradycja”, współfinansowany w ramach poddziałania 19.3 Przygotowanie i realizacja działań.\n"))
                .containsExactly("2022-09-20/2022-09-22");
    }

    @Test
    void aGrantContractADeadlineAndAPeriodAreNoEvents() {
        String page = """
                Umowę o wspólnej realizacji projektu współpracy zawarto dnia 2 października 2017r. Umowę o dofinansowanie podpisaliśmy z Samorządem Województwa w dniu 16 kwietnia 2018r.
                Zgłoszenia na wyjazd studyjny przyjmujemy do 10 maja 2018.
                Projekt realizowany w latach 2017-2019 obejmuje spotkania partnerów.
                """;
        assertThat(dates(page)).containsExactly("2017-10-02");
    }

    @Test
    void aDayWithoutAnyYearOnThePageIsNotGuessed() {
        assertThat(dates("Eelmisel nädalavahetusel, 10.-13. septembril, olid Soomes külas kuus perenaist.\n")).isEmpty();
    }
}
