package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LAG directory files parse, hold what DESIGN.md asks of them, and resolve names and aliases. */
class LagDirectoryTest {

    static final Path FOLDER = Path.of("src/main/resources/partners/directory");
    static final LagDirectory SHIPPED = LagDirectory.shipped();

    @Test
    void everyRowOfEveryFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(FOLDER)) {
            files = all.filter(p -> p.getFileName().toString().matches("lags-[a-z]{2}\\.csv")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int rows = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<DirectoryEntry> entries = LagDirectory.read(file.getFileName().toString(),
                    Files.newBufferedReader(file, StandardCharsets.UTF_8));
            long dataLines = lines.stream().skip(1).filter(l -> !l.isBlank()).count();
            assertThat(entries).as(file + ": one entry per line").hasSize((int) dataLines);
            rows += entries.size();
        }
        assertThat(SHIPPED.entries()).as("shipped() reads every file").hasSize(rows);
    }

    @Test
    void everyRecordHasNameCountryKindAndSource() {
        for (DirectoryEntry e : SHIPPED.entries()) {
            assertThat(e.name()).isNotBlank();
            assertThat(e.country()).matches("[A-Z]{2}");
            assertThat(LagDirectory.KINDS).contains(e.kind());
            assertThat(e.source()).as(e.name()).matches("https?://\\S+");
            assertThat(URI.create(e.source()).getHost()).as(e.name()).isNotBlank();
            assertThat(e.sourceDate()).isNotNull();
            if (e.website() != null) {
                assertThat(URI.create(e.website()).getHost()).as(e.name()).isNotBlank();
            }
        }
    }

    @Test
    void noNameOrAliasNamesTwoOrganisationsOfOneCountry() {
        for (String country : SHIPPED.countries()) {
            Map<String, DirectoryEntry> seen = new HashMap<>();
            List<String> clashes = new ArrayList<>();
            for (DirectoryEntry e : SHIPPED.byCountry(country)) {
                for (String name : e.allNames()) {
                    DirectoryEntry before = seen.putIfAbsent(LagDirectory.key(name), e);
                    if (before != null && before != e) {
                        clashes.add(country + ": '" + name + "' names " + before.name() + " and " + e.name());
                    }
                }
            }
            assertThat(clashes).isEmpty();
        }
    }

    @Test
    void estoniaHasItsTwentySixLagsOf2014To2020() {
        List<DirectoryEntry> lags = SHIPPED.byCountry("ee").stream()
                .filter(e -> e.kind().equals("lag") && e.activeIn("2014-2020")).toList();
        assertThat(lags).hasSizeGreaterThanOrEqualTo(26);
        assertThat(SHIPPED.byCountry("EE").stream().filter(e -> e.kind().equals("flag"))).hasSize(8);
    }

    @Test
    void aliasesResolveToTheirEntry() {
        for (DirectoryEntry e : SHIPPED.entries()) {
            for (String name : e.allNames()) {
                assertThat(SHIPPED.names().get(name)).as(name).contains(e);
                assertThat(SHIPPED.find(name.toUpperCase(java.util.Locale.ROOT))).as(name).contains(e);
            }
        }
        DirectoryEntry idaHarju = only(SHIPPED.find("MTÜ Ida-Harju Koostöökoda"));
        assertThat(SHIPPED.find("IDA-HARJU  KOOSTÖÖKODA")).containsExactly(idaHarju);
        assertThat(SHIPPED.find("Ida-Harju Koostöökoda MTÜ")).containsExactly(idaHarju);
        assertThat(only(SHIPPED.find("MTÜ Arenduskoja")).name()).isEqualTo("Arenduskoda");
        assertThat(SHIPPED.find("no such group")).isEmpty();
    }

    @Test
    void aMalformedRowNamesFileAndLine() {
        String csv = LagDirectory.HEADER + "\n"
                + "Good LAG,,lag,EE,,,,,2014-2020,https://example.org/list,2026-12-07\n"
                + "\"Quoted, with comma\",A|B,lag,EE,,https://a.example,,,,https://example.org/list,2026-12-07\n"
                + "Bad LAG,,lag,EE,,,,,2014-2020,https://example.org/list\n";
        assertThatThrownBy(() -> LagDirectory.read("lags-ee.csv", new StringReader(csv)))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith("lags-ee.csv line 4:")
                .satisfies(e -> assertThat(((DirectoryFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void malformedRowsAreRefusedForTheirReason() {
        assertThatThrownBy(() -> read("X,,castle,EE,,,,,,https://e.org,2026-12-07"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> read("X,,lag,FI,,,,,,https://e.org,2026-12-07"))
                .hasMessageContaining("line 2").hasMessageContaining("country");
        assertThatThrownBy(() -> read(",,lag,EE,,,,,,https://e.org,2026-12-07"))
                .hasMessageContaining("line 2").hasMessageContaining("name is empty");
        assertThatThrownBy(() -> read("X,,lag,EE,,,,,,,2026-12-07"))
                .hasMessageContaining("source_url is empty");
        assertThatThrownBy(() -> read("X,,lag,EE,,,,,2014,https://e.org,2026-12-07"))
                .hasMessageContaining("period");
        assertThatThrownBy(() -> read("\"X,,lag,EE,,,,,,https://e.org,2026-12-07"))
                .hasMessageContaining("line 2").hasMessageContaining("not closed");
        assertThatThrownBy(() -> LagDirectory.read("lags-ee.csv", new StringReader("name,kind\n")))
                .hasMessageStartingWith("lags-ee.csv line 1:");
    }

    @Test
    void quotedFieldsKeepCommasAndLineBreaksAndLinesCountOn() {
        String csv = LagDirectory.HEADER + "\r\n"
                + "\"Two\nlines\",\"a \"\"b\"\"\",lag,EE,,,,,,https://e.org,2026-12-07\r\n"
                + "Y,,lag,EE,,,,,,https://e.org,2026-12-07\r\n"
                + "Z,,lag,EE,,,,,,https://e.org,bad-date\r\n";
        assertThatThrownBy(() -> LagDirectory.read("lags-ee.csv", new StringReader(csv)))
                .hasMessageStartingWith("lags-ee.csv line 5:");
        List<DirectoryEntry> two = LagDirectory.read("lags-ee.csv",
                new StringReader(csv.substring(0, csv.lastIndexOf("Z,"))));
        assertThat(two.getFirst().name()).isEqualTo("Two\nlines");
        assertThat(two.getFirst().aliases()).containsExactly("a \"b\"");
    }

    @Test
    void loadsFromAJarToo(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("d.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // as Maven and Spring Boot build them: with entries for the folders
            out.putNextEntry(new JarEntry("partners/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("partners/directory/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("partners/directory/lags-zz.csv"));
            out.write((LagDirectory.HEADER + "\nJar LAG,JL,lag,ZZ,,,,,,https://e.org,2026-12-07\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            LagDirectory fromJar = LagDirectory.load(loader);
            assertThat(fromJar.countries()).containsExactly("ZZ");
            assertThat(only(fromJar.find("jl")).name()).isEqualTo("Jar LAG");
        }
    }

    private static List<DirectoryEntry> read(String row) {
        return LagDirectory.read("lags-ee.csv", new StringReader(LagDirectory.HEADER + "\n" + row + "\n"));
    }

    private static DirectoryEntry only(List<DirectoryEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }
}
