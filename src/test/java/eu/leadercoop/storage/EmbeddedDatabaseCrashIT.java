package eu.leadercoop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the embedded default (H2) keeps every acknowledged write when the process is killed with
 * {@code kill -9}. A child JVM opens the database with the JDBC URL of {@code application.properties} (the
 * settings the app runs with) and has eight writers commit rows as fast as they can, saying which commits
 * returned; it is killed at a moment of full load ({@link Process#destroyForcibly()}, SIGKILL), the database is
 * opened again, and every acknowledged row must be there. Three rounds, each on the database the last left.
 */
class EmbeddedDatabaseCrashIT {

    private static final int ROUNDS = 3;
    private static final int WRITERS = 8;

    @Test
    void everyAcknowledgedCommitSurvivesKillMinusNine(@TempDir Path dir) throws Exception {
        String url = applicationUrl(dir);
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Set<Long> acks = ConcurrentHashMap.newKeySet();
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), url,
                    String.valueOf(WRITERS), String.valueOf(1_000_000L * (round + 1)))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread reader = Thread.ofPlatform().start(() -> read(writer.getInputStream(), acks));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // writing at full speed for a while (and at least 200 acknowledged commits) before the kill
            while (acks.size() < 200 && System.nanoTime() < until && writer.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(1_000 + round * 700L);
            assertThat(writer.isAlive()).as("the writer is still writing").isTrue();
            writer.destroyForcibly();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
            Set<Long> seen = new HashSet<>(acks);
            assertThat(seen).hasSizeGreaterThan(200);
            Set<Long> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM crash_acks")) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
            Set<Long> lost = new HashSet<>(seen);
            lost.removeAll(stored);
            System.out.printf("round %d: %d commits acknowledged before kill -9, %d lost%n", round + 1, seen.size(), lost.size());
            assertThat(lost).as("acknowledged commits missing after kill -9 (of %d)", seen.size()).isEmpty();
            acknowledged += seen.size();
        }
        System.out.printf("%d acknowledged commits checked after %d kills%n", acknowledged, ROUNDS);
    }

    /** The app's own JDBC URL, with the data folder put at {@code dir}. */
    private static String applicationUrl(Path dir) throws Exception {
        Properties app = new Properties();
        try (InputStream in = EmbeddedDatabaseCrashIT.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        String url = app.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:${leadercoop.data-dir}/");
        return url.replace("${leadercoop.data-dir}", dir.toAbsolutePath().toString());
    }

    private static void read(InputStream out, Set<Long> acks) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acks.add(Long.parseLong(line.substring(4).trim()));
                }
            }
        } catch (Exception e) {
            // the writer was killed mid-line: what was read counts
        }
    }

}
