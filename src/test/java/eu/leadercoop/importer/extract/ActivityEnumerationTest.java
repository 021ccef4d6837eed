package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.ExtractedProject.Activity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activities listed in prose after a colon; excerpts of the development corpus. */
class ActivityEnumerationTest {

    private static List<String> activities(String text) {
        return ProjectReader.read("test.txt", text).activities().stream().map(Activity::text).toList();
    }

    @Test
    void aCommaListAfterAnActivityWordAndAColonIsOneActivityPerItem() {
        assertThat(activities("Partnerzy zobowiązali się wspólnie zrealizować projekt. W projekcie przewidziano wiele działań, "
                + "m.in.: konferencję, wizyty studyjne, międzynarodowy kiermasz, wirtualną mapę oraz film promocyjny.\n"))
                .containsExactly("konferencję", "wizyty studyjne", "międzynarodowy kiermasz", "wirtualną mapę", "film promocyjny");
    }

    @Test
    void shortSentencesAfterAnActivitiesLabelAreOneActivityEach() {
        assertThat(ActivityEnumeration.afterColon(" Project management. Preparatory trips for contact creation by the "
                + "project manager. Workshops with local stakeholders."))
                .containsExactly("Project management.", "Preparatory trips for contact creation by the project manager.",
                        "Workshops with local stakeholders.");
    }

    @Test
    void aListOfGroupsAfterTheNameOfAKindOfGroupIsNoListOfActivities() {
        assertThat(activities("Pour dresser le bilan, quatre Groupes d’Action Locale : Pays de Calaisis, Pays Boulonnais, "
                + "Lys Romane et Pays de Saint-Omer ont fait équipe.\n")).isEmpty();
    }
}
