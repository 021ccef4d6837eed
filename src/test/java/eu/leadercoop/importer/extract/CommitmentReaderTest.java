package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.Counted;
import eu.leadercoop.importer.ExtractedProject.Commitment;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CommitmentReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Vähemalt kolme koosoleku korraldamine erinevates projekti piirkondades.|3|meeting|true",
            "Vähemalt ühe välisõppereisi korraldamine liikmetele.|1|study_trip_abroad|false",
            "Osalemine vähemalt ühel rahvusvahelisel koostööseminaril.|1|seminar|false",
            "Kahtede Vunki mano! loometalgute korraldamine.|2|hackathon|false",
            "6 koolitusmoodulit erinevatel teemadel|6|training_module|false",
            "Organizacja co najmniej dwóch wyjazdów studyjnych w różnych regionach.|2|study_trip|true",
            "Co najmniej trzy spotkania online partnerów.|3|online_meeting|false",
            "At least three meetings in different project regions.|3|meeting|true",
            "Two study trips abroad for members.|2|study_trip_abroad|false",
            "Vähemalt kahe veebikoosoleku korraldamine igas partneri piirkonnas.|2|online_meeting|true",
            "Vähemalt ühe aastalõpu ürituse korraldamine.|1|year_end_event|false",
            "Vähemalt 5 päeva mentorlust igale külale.|1|mentoring|false"})
    void readsCountEventTypeAndDistinctRegions(String text, int count, String type, boolean regions) {
        assertThat(Counted.of(CommitmentReader.read(text))).isEqualTo(new Counted(count, type, regions));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Piloottegevuste elluviimine strateegia alusel.",
            "Kommunikatsiooni- ja teavitustegevused.",
            "Osalemine 2024 konverentsil.",
            "Organisation of the 2024 annual conference.",
            "Organizacja konferencji w 2023 roku."})
    void findsNoCommitmentWithoutACountOrAPromise(String text) {
        assertThat(CommitmentReader.read(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kaks seminari 2024. aastal.|2|seminar",
            "Vähemalt 2 seminari aastatel 2023 ja 2024.|2|seminar",
            "At least one meeting in 2025.|1|meeting"})
    void neverReadsAFourDigitYearAsACount(String text, int count, String type) {
        assertThat(Counted.of(CommitmentReader.read(text))).isEqualTo(new Counted(count, type, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Co najmniej pięć szkoleń dla mieszkańców.|5|training_module|Co najmniej pięć szkoleń",
            "Co najmniej dwóch spotkań partnerów.|2|meeting|Co najmniej dwóch spotkań",
            "Co najmniej trzech targów.|3|major_event|Co najmniej trzech targów",
            "Nie mniej niż trzy wyjazdy studyjne zagraniczne.|3|study_trip_abroad|Nie mniej niż trzy wyjazdy studyjne zagraniczne",
            "Minimum of 2 study visits abroad.|2|study_trip_abroad|Minimum of 2 study visits abroad",
            "At least 2 excursions.|2|study_trip|At least 2 excursions",
            "Vähemalt 4 töötuba.|4|seminar|Vähemalt 4 töötuba",
            "Minimaalselt viis koolitust.|5|training_module|Minimaalselt viis koolitust",
            "2-päevane õppereis Eestis.|1|study_trip|2-päevane õppereis",
            "A two-day seminar for the boards.|1|seminar|A two-day seminar"})
    void readsPolishGenitivePluralsStudyVisitsAbroadAndTheLengthOfOneEvent(String text, int count, String type,
                                                                            String asWritten) {
        Commitment c = CommitmentReader.read(text);
        assertThat(c).extracting(Commitment::minCount, Commitment::eventType, Commitment::asWritten)
                .containsExactly(count, type, asWritten);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At least five events for young people.|5",
            "Vähemalt kaks üritust noortele.|2",
            "Co najmniej trzy wydarzenia promocyjne.|3"})
    void countsEventsOfEveryKindForTheWordEventAlone(String text, int count) {
        Commitment c = CommitmentReader.read(text);
        assertThat(c.minCount()).isEqualTo(count);
        assertThat(c.eventType()).isEqualTo("other");
        assertThat(c.eventTypes()).containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Codes::of).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Co najmniej jedno spotkanie stacjonarne.|true",
            "At least one meeting in person.|true",
            "Vähemalt kaks koosolekut füüsiliselt.|true",
            "At least one in-person seminar for the boards.|true",
            "Vähemalt kaks veebikoosolekut.|false"})
    void readsEventsHeldInPersonFromWordsBeforeOrAfterTheKind(String text, boolean physical) {
        assertThat(CommitmentReader.read(text).physicalOnly()).isEqualTo(physical);
    }

    @Test
    void readsEveryCommitmentOfOneActivityWithItsOwnCountAndKinds() {
        assertThat(CommitmentReader.readAll("Vähemalt 2 välisõppereisi ja 4 seminari."))
                .extracting(Commitment::minCount, Commitment::eventTypes, Commitment::asWritten).containsExactly(
                        tuple(2, List.of("study_trip_abroad"), "Vähemalt 2 välisõppereisi"),
                        tuple(4, List.of("seminar"), "4 seminari"));
        assertThat(CommitmentReader.readAll("2-päevane õppereis Eestis ja 5-päevane õppereis välisriiki "
                + "(välisreis on planeeritud 2022 kevadeks);"))
                .extracting(Commitment::minCount, Commitment::eventType, Commitment::deadline, Commitment::asWritten)
                .containsExactly(tuple(1, "study_trip", null, "2-päevane õppereis"),
                        tuple(1, "study_trip_abroad", "2022-21",
                                "5-päevane õppereis välisriiki (välisreis on planeeritud 2022 kevadeks)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Minimum of 2 study visits abroad by June 2025.|2025-06",
            "Vähemalt üks õppereis 2022 kevadeks.|2022-21",
            "Vähemalt kaks seminari 2025. aastaks.|2025",
            "Vähemalt kaks seminari hiljemalt 30.06.2025.|2025-06-30",
            "Co najmniej dwa seminaria do końca 2023 r.|2023",
            "At least three meetings by the end of 2024.|2024"})
    void readsTheDateAfterAWordForByAsTheDeadline(String text, String deadline) {
        assertThat(CommitmentReader.read(text).deadline()).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kaks seminari 2024. aastal.",
            "Vähemalt ühe õppereisi korraldamine 2025. aasta kevadel.",
            "Co najmniej dwa seminaria w 2023 roku."})
    void takesADateWithoutAWordForByAsNoDeadline(String text) {
        assertThat(CommitmentReader.read(text).deadline()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Vähemalt 2 koolitust.|training_module",
            "Co najmniej 2 webinaria.|online_meeting",
            "Vähemalt kaks veebiseminari.|online_meeting",
            "At least 2 workshops.|seminar",
            "Co najmniej 3 warsztaty.|seminar",
            "Vähemalt 2 laata.|major_event",
            "At least two fairs.|major_event",
            "Co najmniej 2 wystawy.|major_event",
            "Vähemalt üks näitus.|major_event",
            "Vähemalt üks piloottegevus.|pilot_action",
            "Vähemalt üks pilootprojekt.|pilot_action",
            "Co najmniej jedno działanie pilotażowe.|pilot_action",
            "At least one pilot action.|pilot_action"})
    void readsOnlyKindsOfEventTheRegistryKnows(String text, String type) {
        Commitment c = CommitmentReader.read(text);
        assertThat(c.eventType()).isEqualTo(type);
        assertThat(c.eventTypes()).allSatisfy(code -> assertThat(Codes.parse(EventType.class, code)).isPresent());
    }
}
