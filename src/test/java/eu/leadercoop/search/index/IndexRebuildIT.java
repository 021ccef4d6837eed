package eu.leadercoop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.SearchQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.mapper.orm.Search;
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

    /**
     * The rebuild writes the same documents as indexing on commit does (it reads partners from
     * an {@link OrganisationDirectory}, commits read the entities): every indexed term with its
     * frequency and every stored value of every project and event document, before and after a rebuild.
     */
    @Test
    void rebuiltDocumentsAreTheOnesWrittenOnCommit() throws IOException {
        Path index = dataDir.resolve("index");
        Map<String, Map<String, List<String>>> projects;
        Map<String, Map<String, List<String>>> events;
        try (ConfigurableApplicationContext app = start()) {
            EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                em.getTransaction().begin();
                var plan = Search.session(em).indexingPlan();
                em.createQuery("select p from Project p", Project.class).getResultList().forEach(plan::addOrUpdate);
                em.createQuery("select e from Event e", Event.class).getResultList().forEach(plan::addOrUpdate);
                em.getTransaction().commit();
            } finally {
                em.close();
            }
            projects = documents(index.resolve("project"));
            events = documents(index.resolve("event"));
            assertThat(projects).isNotEmpty();
            assertThat(projects.values()).anySatisfy(doc -> assertThat(doc.get("stored partners")).hasSizeGreaterThan(1));
        }
        delete(index);
        try (ConfigurableApplicationContext app = start()) {
            assertThat(documents(index.resolve("project"))).isEqualTo(projects);
            assertThat(documents(index.resolve("event"))).isEqualTo(events);
        }
        // One project per batch, more batches than threads: the sessions fetch collections with a
        // batch size of their own, not Hibernate's.
        delete(index);
        try (ConfigurableApplicationContext app = start(
                "--leadercoop.search.rebuild-batch-size=1", "--leadercoop.search.rebuild-threads=3")) {
            assertThat(projects).hasSizeGreaterThan(3);
            assertThat(documents(index.resolve("project"))).isEqualTo(projects);
            assertThat(documents(index.resolve("event"))).isEqualTo(events);
        }
    }

    /** Each document (by id): for each field its terms with their frequency, and its stored values in order. */
    private static Map<String, Map<String, List<String>>> documents(Path folder) throws IOException {
        Map<String, Map<String, List<String>>> documents = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Map<Integer, Map<String, List<String>>> byDoc = new HashMap<>();
                for (FieldInfo field : r.getFieldInfos()) {
                    Terms terms = r.terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum termsEnum = terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                        String value = term.utf8ToString();
                        postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                            byDoc.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(field.name, k -> new ArrayList<>())
                                    .add(value + " x" + postings.freq());
                        }
                    }
                }
                StoredFields stored = r.storedFields();
                for (int d = 0; d < r.maxDoc(); d++) {
                    for (IndexableField value : stored.document(d).getFields()) {
                        byDoc.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent("stored " + value.name(), k -> new ArrayList<>())
                                .add(value.stringValue() != null ? value.stringValue() : String.valueOf(value.numericValue()));
                    }
                }
                byDoc.values().forEach(doc -> documents.put(doc.get("__HSEARCH_id").getFirst(), doc));
            }
        }
        return documents;
    }

    private ConfigurableApplicationContext start(String... settings) {
        String h2 = "jdbc:h2:file:" + dataDir.resolve("db/leadercoop")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(LeaderCoopApplication.class).run(Stream.concat(Stream.of(
                "--server.port=0", "--leadercoop.data-dir=" + dataDir, "--spring.datasource.url=" + h2,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--management.server.port="),
                Stream.of(settings)).toArray(String[]::new));
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
