package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a project keeps of machine translations: beside its texts, and only while the text reads as it did. */
class MachineTranslationsOfAProjectTest {

    static final Instant AT = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void theTranslatableTextsAreTheOwnLanguageTitleTheSummaryEachGoalAndEachResult() {
        Project p = project();

        assertThat(p.translatableTexts()).containsExactly(
                new TranslatableText(TranslatableText.Part.TITLE, 0, "et", "Arukad külad"),
                new TranslatableText(TranslatableText.Part.SUMMARY, 0, "et", "Külad õpivad üksteiselt."),
                new TranslatableText(TranslatableText.Part.GOAL, 0, "et", "Õppereis Soome"),
                new TranslatableText(TranslatableText.Part.GOAL, 1, "et", "Häkaton"),
                new TranslatableText(TranslatableText.Part.RESULT, 0, "et", "20 algatust"));
    }

    @Test
    void aTranslationIsKeptBesideTheOriginalWhichStaysAsItWas() {
        Project p = project();
        p.keepMachineTranslations(List.of(pl(p, 2, "Wyjazd studyjny do Finlandii")));

        assertThat(p.getGoals().get(0).getText()).isEqualTo("Õppereis Soome");
        assertThat(p.currentMachineTranslations()).extracting(MachineTranslation::getText).containsExactly("Wyjazd studyjny do Finlandii");
    }

    @Test
    void aRewordedTextNoLongerCountsItsOldTranslationAndTheNextStoreDropsIt() {
        Project p = project();
        p.keepMachineTranslations(List.of(pl(p, 2, "Wyjazd studyjny do Finlandii"), pl(p, 3, "Hackathon")));

        p.getGoals().get(0).setText("Õppereis Rootsi");

        assertThat(p.currentMachineTranslations()).extracting(MachineTranslation::getText).containsExactly("Hackathon");
        p.keepMachineTranslations(List.of(pl(p, 2, "Wyjazd studyjny do Szwecji")));
        assertThat(p.getMachineTranslations()).extracting(MachineTranslation::getText)
                .containsExactlyInAnyOrder("Hackathon", "Wyjazd studyjny do Szwecji");
    }

    @Test
    void aTranslationMadeFromAnEarlierWordingIsNotStored() {
        Project p = project();
        MachineTranslation made = pl(p, 2, "Wyjazd studyjny do Finlandii");
        p.getGoals().get(0).setText("Õppereis Rootsi"); // edited while the translation was being made

        p.keepMachineTranslations(List.of(made));

        assertThat(p.getMachineTranslations()).isEmpty();
    }

    @Test
    void aNewTranslationOfTheSameTextAndLanguageReplacesTheEarlierOne() {
        Project p = project();
        p.keepMachineTranslations(List.of(pl(p, 0, "Inteligentne wsie")));
        p.keepMachineTranslations(List.of(pl(p, 0, "Inteligentne wioski")));

        assertThat(p.getMachineTranslations()).extracting(MachineTranslation::getText).containsExactly("Inteligentne wioski");
    }

    @Test
    void theHashNamesTheLanguageAndTheTextExactly() {
        assertThat(TranslatableText.hash("et", "Häkaton")).hasSize(64)
                .isNotEqualTo(TranslatableText.hash("fi", "Häkaton"))
                .isNotEqualTo(TranslatableText.hash("et", "Häkaton "))
                .isEqualTo(TranslatableText.hash("et", "Häkaton"));
    }

    private static MachineTranslation pl(Project p, int index, String text) {
        return new MachineTranslation(p.translatableTexts().get(index), "pl", text, "libretranslate", AT);
    }

    private static Project project() {
        Project p = new Project("et");
        p.setTitle("et", "Arukad külad");
        p.setTitle("en", "Smart villages");
        p.describe(null, null, "Külad õpivad üksteiselt.", null);
        p.addGoal("Õppereis Soome");
        p.addGoal("Häkaton");
        p.addExpectedResult("20 algatust", null);
        return p;
    }
}
