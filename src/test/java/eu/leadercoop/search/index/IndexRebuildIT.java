package eu.leadercoop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.SearchQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded index comes back by itself: the app is started, stopped, its index folder deleted, and
 * started again on the same database. Runs its own app on its own H2 file database in a temporary
 * data directory (command-line properties outrank the build's datasource settings).
 */
class IndexRebuildIT {

    @TempDir
    Path dataDir;

    @Test
    void deletedIndexIsRebuiltAtStart() throws IOException {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(hackathonProjects(app)).isEqualTo(1);
            assertThat(app.getBean(IndexMaintenance.class).ensureUpToDate()).isNull();
        }
        Path index = dataDir.resolve("index");
        assertThat(index.resolve("leadercoop-index.properties")).exists();
        assertThat(index.resolve("project")).isDirectory();
        delete(index);

        try (ConfigurableApplicationContext app = start()) {
            assertThat(hackathonProjects(app)).isEqualTo(1);
            assertThat(app.getBean(ProjectSearch.class).suggestOrganisations("kklm", 5)).hasSize(1);
        }
        assertThat(index.resolve("leadercoop-index.properties")).exists();
    }

    @Test
    void indexOfAnotherMappingVersionIsRebuilt() throws IOException {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(hackathonProjects(app)).isEqualTo(1);
        }
        Path marker = dataDir.resolve("index/leadercoop-index.properties");
        Files.writeString(marker, Files.readString(marker).replaceAll("mapping_version=\\d+", "mapping_version=0"));
        try (ConfigurableApplicationContext app = start()) {
            assertThat(Files.readString(marker)).contains("mapping_version=" + SearchMapping.VERSION);
            assertThat(hackathonProjects(app)).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        String h2 = "jdbc:h2:file:" + dataDir.resolve("db/leadercoop")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(LeaderCoopApplication.class).run(
                "--server.port=0", "--leadercoop.data-dir=" + dataDir, "--spring.datasource.url=" + h2,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--management.server.port=");
    }

    private static long hackathonProjects(ConfigurableApplicationContext app) {
        return app.getBean(ProjectSearch.class)
                .search(SearchQuery.of("häkaton", "et", Map.of(), null, 0, 10)).total();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(folder).doesNotExist();
    }
}
