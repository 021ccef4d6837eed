package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference number named in a sentence, where no section is labelled with it; excerpts of the development corpus. */
class ReferenceMentionsTest {

    private static String reference(String text) {
        return ProjectReader.read("test.txt", text).referenceNumber();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Starpvalstu sadarbības projektu „Sēņu ceļš”, projekta Nr. 18-00-A019.333-000014, ir apstiprinājis Lauku atbalsta dienests. | 18-00-A019.333-000014
            Ir pabeigts NVO fonda projekts “Sadarbības tilts pār Daugavu”, projekta numurs 2022.LV/NVOF/MIC/026/01.                   | 2022.LV/NVOF/MIC/026/01
            ko abām pašvaldībām devis projekts Nr. LLI-136 “Improvement of Living Conditions”                                        | LLI-136
            na podstawie Umowy o przyznaniu pomocy nr 00019-6936-UM1020020/22 z dnia 29 marca 2022r.                                 | 00019-6936-UM1020020/22
            1 METODIKA Přidaná hodnota spolupráce Červen 2015 MASky Spolu reg. č.: 15/022/4210a/563/000029                            | 15/022/4210a/563/000029
            """)
    void readsANumberAfterAReferenceWordInASentence(String text, String expected) {
        assertThat(reference(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "W ramach projektu nr 2 odbyło się spotkanie partnerów.",
            "The project no longer needs a second meeting in 2024.",
            "Umowa nr 12.03.2022 została podpisana w Łodzi."})
    void aCountOrADateIsNoReference(String text) {
        assertThat(reference(text)).isNull();
    }
}
