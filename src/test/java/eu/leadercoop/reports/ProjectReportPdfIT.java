package eu.leadercoop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.registry.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project report as PDF, read back with PDFBox: titles, figures and letters survive in each language. */
@IntegrationTest
class ProjectReportPdfIT {

    static final String SITE = "https://leadercoop.example";

    @Autowired
    ProjectReports reports;

    @Autowired
    Projects projects;

    @Test
    void smartVillagesReportInEstonianHasTheBudgetFiguresAndEstonianLetters() throws Exception {
        byte[] pdf = reports.pdf(ExampleProjects.id(projects, ExampleProjects.ARUKAD_KULAD), "et", SITE);
        Files.write(Path.of("target/report-arukad-kulad-et.pdf"), pdf);
        String text = PdfText.of(pdf);
        assertThat(text).contains("Projekti aruanne", ExampleProjects.ARUKAD_KULAD, "251 928 €", "33 000 €", "29 700 €", "3 300 €");
    }
}
