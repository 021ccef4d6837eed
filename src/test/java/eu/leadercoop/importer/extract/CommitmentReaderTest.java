package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.Counted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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
            "2-päevane õppereis Eestis.",
            "Kommunikatsiooni- ja teavitustegevused."})
    void findsNoCommitmentWithoutACountOrAPromise(String text) {
        assertThat(CommitmentReader.read(text)).isNull();
    }
}
