package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.ExtractedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table of projects flattened into lines; the excerpt is of a fixture of the development corpus. */
class ProjectTableTest {

    private static final String PAGE = """
            11 av 48 svenska leaderområden har fått medel till ett eller flera transnationellt förberedande projekt:\s

            Leaderområde

            Projektnamn

            Projektbeskrivning

            Lokalt ledd utveckling Höga Kusten

            Förberedande projekt ungas delaktighet i landsbygdsutveckling i Höga Kusten

            Samverkar med Yrkeshögskolan Centria och Yrkeshögskolan Novia (Österbotten, Finland).

            Leader LAG PH

            Förstudie Transnationellt Samarbetsprojekt Kanada

            Kim Cornelissen, Kanadensisk landsbygdsutvecklare.

            Leader Mälardalen

            Internationell samverkan
            """;

    @Test
    void eachRowIsADraftNamedByItsTitleCell() {
        List<ExtractedProject> drafts = ProjectReader.readAll("test.txt", PAGE);
        assertThat(drafts).extracting(ExtractedProject::title).containsExactly(
                "Förberedande projekt ungas delaktighet i landsbygdsutveckling i Höga Kusten",
                "Förstudie Transnationellt Samarbetsprojekt Kanada", "Internationell samverkan");
    }

    @Test
    void aRowBeginsAtItsFirstCell() {
        List<ProjectTable.Row> rows = ProjectTable.rows(SourceText.of(PAGE).lines());
        assertThat(rows).extracting(ProjectTable.Row::line).containsExactly(8, 14, 20);
    }

    @Test
    void aHeaderWithoutATitleLabelIsNoTableOfProjects() {
        String page = PAGE.replace("Projektnamn", "Namn");
        assertThat(ProjectTable.rows(SourceText.of(page).lines())).isEmpty();
    }
}
