package eu.leadercoop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.registry.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The report command once Spring is up: a whole PDF or none, and a message naming the problem. */
@IntegrationTest
class ReportCommandIT {

    @Autowired
    ProjectReports reports;

    @Autowired
    Projects projects;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheReportInTheAskedLanguage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bulletin.pdf");
        long id = ExampleProjects.id(projects, ExampleProjects.WSPOLPRACA);
        assertThat(write(id, "en", file)).isZero();
        byte[] pdf = Files.readAllBytes(file);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.of(pdf).replaceAll("\\s+", " ")).startsWith("Project report " + ExampleProjects.WSPOLPRACA)
                .contains("Budget PLN176,072.20");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Wrote " + file + " (" + pdf.length + " bytes).\n");
        assertThat(files(dir)).containsExactly("bulletin.pdf");
    }

    @Test
    void aMissingProjectWritesNothingAndKeepsAnOlderFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report.pdf"), "the previous report");
        assertThat(write(999_999, "et", file)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("There is no published project 999999. No report was written.\n");
        assertThat(Files.readString(file)).isEqualTo("the previous report");
        assertThat(files(dir)).containsExactly("report.pdf");
    }

    @Test
    void anUnwritableOutputPathIsNamedAndNothingIsLeftBehind(@TempDir Path dir) throws IOException {
        long id = ExampleProjects.id(projects, ExampleProjects.VUNKI_MANO);
        Path missing = dir.resolve("no-such-dir").resolve("r.pdf");
        assertThat(write(id, "et", missing)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Cannot write " + missing + ": the directory " + missing.getParent() + " does not exist. No report was written.\n");
        err.reset();
        Path aDirectory = Files.createDirectory(dir.resolve("taken.pdf"));
        assertThat(write(id, "et", aDirectory)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Cannot write " + aDirectory + ": it is a directory. No report was written.\n");
        assertThat(files(dir)).containsExactly("taken.pdf");
    }

    private int write(long id, String lang, Path file) {
        return ReportCommand.write(reports, new ReportCommand.Arguments(id, lang, file), "https://leadercoop.example",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static java.util.List<String> files(Path dir) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
