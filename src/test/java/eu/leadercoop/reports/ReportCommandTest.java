package eu.leadercoop.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report command's arguments: every mistake is named and exits with 2 before anything starts. */
class ReportCommandTest {

    @Test
    void readsProjectLanguageAndOutputFile() throws Exception {
        ReportCommand.Arguments a = ReportCommand.parse(new String[] {"--project", "12", "--lang", "et", "--out", "r.pdf"});
        assertThat(a.projectId()).isEqualTo(12);
        assertThat(a.lang()).isEqualTo("et");
        assertThat(a.out()).isEqualTo(Path.of("r.pdf").toAbsolutePath());
        assertThat(ReportCommand.parse(new String[] {"--out", "/tmp/x.pdf", "--project", "3"}).lang()).isNull();
    }

    @Test
    void namesWhatIsWrong() {
        assertUsage("--project is missing: give the id of a published project.", "--out", "r.pdf");
        assertUsage("--out is missing: give the PDF file to write.", "--project", "1");
        assertUsage("--project must be a project id (a whole number above 0), not 'abc'.", "--project", "abc", "--out", "r.pdf");
        assertUsage("--project must be a project id (a whole number above 0), not '0'.", "--project", "0", "--out", "r.pdf");
        assertUsage("Unknown language 'de': reports are written in et, pl or en.", "--project", "1", "--lang", "de", "--out", "r.pdf");
        assertUsage("Unknown argument '--format'.", "--project", "1", "--format", "pdf");
        assertUsage("--out needs a value.", "--project", "1", "--out");
    }

    @Test
    void wrongArgumentsExitWith2AndTheUsageWithoutStartingTheApplication() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // a class that is no Spring application: starting it would fail, so exit 2 proves nothing was started
        int status = ReportCommand.run(String.class, new String[] {"--project", "x"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "--project must be a project id (a whole number above 0), not 'x'.\n" + ReportCommand.USAGE + "\n");
    }

    @Test
    void anOutputDirectoryThatDoesNotExistIsNamedBeforeTheApplicationStarts(@org.junit.jupiter.api.io.TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = dir.resolve("missing").resolve("r.pdf");
        // String.class is no Spring application: exit 1 with this message proves the check came first
        int status = ReportCommand.run(String.class, new String[] {"--project", "1", "--out", file.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Cannot write " + file + ": the directory " + file.getParent() + " does not exist. No report was written.\n");
    }

    private static void assertUsage(String message, String... args) {
        assertThatThrownBy(() -> ReportCommand.parse(args)).isInstanceOf(ReportCommand.UsageException.class).hasMessage(message);
    }
}
