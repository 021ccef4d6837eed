package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The goal a page states in a sentence where no goals section gives it; excerpts of the development corpus. */
class GoalSentencesTest {

    private static List<String> goals(String text) {
        return ProjectReader.read("test.txt", text).goals();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Projekta mērķis ir rosināt Partnerības teritorijas biedrības sadarboties savā starpā.",
            "Projekt ma upowszechniać dziedzictwo lokalne, szczególnie wśród młodzieży.",
            "The cooperation project sets out to acquaint people living on the coast with the idea of smart villages.",
            "Sadarbības projekta mērķis ir paveikt virkni pasākumu, kas palīdzēs VRG un tās partneriem."})
    void aSentenceOpeningWithTheProjectsAimIsOneGoal(String sentence) {
        String page = "Projekts\n\nIr pabeigts projekts.\n\n" + sentence + "\n\nMemoranda mērķis ir veicināt attīstību.\n";
        assertThat(goals(page)).containsExactly(sentence);
    }

    @Test
    void aSentenceListingItsAimsGivesOneGoalPerItem() {
        String page = """
                Promotion of TNC in Finland

                The project set out to deal with the main obstacles that LAGs meet when running TNC projects. Its key objectives were to: i) get at least three transnational cooperation projects started; ii) reinforce cooperation between Finnish LAGs and LAGs abroad; and iii) bring local actors into shaping and carrying out the projects.
                """;
        assertThat(goals(page)).containsExactly("get at least three transnational cooperation projects started",
                "reinforce cooperation between Finnish LAGs and LAGs abroad",
                "bring local actors into shaping and carrying out the projects");
    }

    @Test
    void anotherDocumentsAimIsNoGoalOfTheProject() {
        assertThat(goals("Memoranda mērķis ir veicināt visas novada teritorijas attīstību.\n")).isEmpty();
    }
}
