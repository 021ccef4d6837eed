package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.ExtractedProject.Event;
import org.junit.jupiter.api.Test;

/** Events on dated lines; the excerpt is of a fixture of the development corpus. */
class EventLineReaderTest {

    @Test
    void aPostsDateAndItsCategoriesAreNoEvent() {
        String page = """
                Podpisaliśmy List intencyjny dotyczący współpracy ponadnarodowej

                30 marca 2012 | Międzynarodowe projekty współpracy, Projekty

                23 marca 2012 r. w Augustowie podpisano List intencyjny w sprawie współpracy ponadnarodowej.
                """;
        assertThat(ProjectReader.read("test.txt", page).events()).extracting(e -> e.date().start())
                .containsExactly("2012-03-23");
    }

    @Test
    void aBarBeforeAnEventsTitleStillMakesAnEvent() {
        String page = """
                Harmonogram

                12.05.2023 | Spotkanie partnerów w Jugowicach
                20.09.2023 | Wizyta studyjna, Czechy
                """;
        assertThat(ProjectReader.read("test.txt", page).events()).extracting(Event::title)
                .containsExactly("Spotkanie partnerów w Jugowicach", "Wizyta studyjna, Czechy");
    }
}
