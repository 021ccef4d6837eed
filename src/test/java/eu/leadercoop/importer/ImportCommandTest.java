package eu.leadercoop.importer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.LeaderCoopApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar leadercoop.jar import FILE...}: the application without its web server, on a database of its
 * own here (an in-memory H2 with the example data, as a first start gives), saving one draft per readable file and
 * saying per file what it saved or why not.
 */
class ImportCommandTest {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:import-command;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(LeaderCoopApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void savesADraftPerFileAndSaysWhatItReadAndWhatItMatches(@TempDir Path dir) throws Exception {
        Path seed1 = Files.write(dir.resolve("001.txt"), Fixtures.bytes("seeds/" + Fixtures.SEEDS[1]));
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path seed4 = Files.write(dir.resolve("004.docx"), eu.leadercoop.importer.text.OfficeFixtures.docx(Fixtures.seed(4)));

        int status = run(DATABASE, seed1.toString(), empty.toString(), dir.resolve("missing.txt").toString(), seed4.toString());

        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith(seed1 + ": draft 1 saved for review: “Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine”, "
                + "6 partners (6 known), 5 goals, 6 activities, 7 events, 0 warnings; looks like recorded project ")
                .endsWith("(to merge); /import/drafts/1");
        assertThat(lines.get(1)).isEqualTo(empty + ": not imported: The file is empty.");
        assertThat(lines.get(2)).isEqualTo(dir.resolve("missing.txt") + ": not imported: No such file.");
        assertThat(lines.get(3)).startsWith(seed4 + ": draft 2 saved for review: “Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich”, 4 partners (4 known), 2 goals, 2 activities, 0 events, 0 warnings;");
        assertThat(lines.get(4)).isEqualTo("2 of 4 files saved as drafts; review them on the Import page (/import).");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                empty + ": The file is empty.", dir.resolve("missing.txt") + ": No such file.");
    }

    @Test
    void namingNoFileShowsUsageWithoutStartingAnything() {
        assertThat(run(DATABASE)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: java -jar leadercoop.jar import FILE...\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
