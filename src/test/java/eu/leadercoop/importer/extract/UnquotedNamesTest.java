package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Project names written without quotes; excerpts of the development corpus. */
class UnquotedNamesTest {

    private static String title(String text) {
        return ProjectReader.read("test.txt", text).title();
    }

    @Test
    void aNameHyphenatedToItsNamingWordBeatsAPicturesCaptionAbove() {
        assertThat(title("Hyppää sisältöön\nIloisia ihmisiä kaupungissa\n\nYouthful Heritage -hanke\n\n"
                + "Youthful Heritage on kansainvälinen hanke, joka innostaa nuoria.\n")).isEqualTo("Youthful Heritage");
    }

    @Test
    void aNameAfterACalledWordAndAColonRunsToTheEndOfItsSentence() {
        assertThat(title("Dnia 04-11-2015r. w Jugowicach spotkali się reprezentanci trzech Lokalnych Grup Działania.\n"
                + "Partnerzy jako pierwszy wybrali zarys projektu współpracy pod roboczą nazwą: Festiwal Kulinarny: "
                + "Tradycje wsi polskiej i czeskiej.\nUstalono plan prac.\n"))
                .isEqualTo("Festiwal Kulinarny: Tradycje wsi polskiej i czeskiej");
    }

    @Test
    void aShortHeadingBelowAnOpeningParagraphIsTheTitle() {
        assertThat(title("Every LEADER programme is required to include cooperation development. It makes sure that "
                + "cooperation projects are planned well ahead.\n\n\nCooperation Action Development Fund\n\n\nAngus Council\n"))
                .isEqualTo("Cooperation Action Development Fund");
    }
}
