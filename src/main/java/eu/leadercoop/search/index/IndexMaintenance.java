package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.Thesaurus;
import eu.leadercoop.registry.model.PublicationState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the database across restarts. At start, before anything else runs,
 * the index is rebuilt from the database when it is missing, was built by another mapping version
 * ({@link SearchMapping#VERSION}), was built from another database (each database gets an id in
 * {@code search_index_state}), or holds another number of projects or organisations than the
 * database. After that, Hibernate Search keeps it current on every commit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final IndexLocation location;
    private final SearchSettings settings;
    private final Thesaurus thesaurus;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, TransactionTemplate transaction,
            IndexLocation location, SearchSettings settings, Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
        this.entityManagerFactory = entityManagerFactory;
        this.transaction = transaction;
        this.location = location;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.rebuildOnStart()) {
            ensureUpToDate();
        }
    }

    /** Rebuilds the index if it is not the one for this database and mapping; returns the reason, or null. */
    public String ensureUpToDate() {
        String reason = staleness();
        if (reason != null) {
            log.info("Rebuilding the search index: {}", reason);
            rebuild();
        }
        return reason;
    }

    /** Drops the indexes and indexes every published project, its events and every organisation. */
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        Duration merging;
        try {
            merging = new IndexRebuild(entityManagerFactory, settings.rebuildThreads(), settings.rebuildBatchSize(),
                    settings.mergeAfterRebuild()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        }
        Counts counts = transaction.execute(status -> counts());
        if (settings.embedded()) {
            writeMarker();
        }
        RebuildReport report = new RebuildReport(counts.projectsInDatabase(), counts.organisationsInDatabase(),
                Duration.ofNanos(System.nanoTime() - started), merging);
        log.info("Search index rebuilt: {} projects, {} organisations in {} ms", report.projects(), report.organisations(),
                report.took().toMillis());
        return report;
    }

    /** What a rebuild indexed, how long it took, and how much of that was merging the indexes into one segment each. */
    public record RebuildReport(long projects, long organisations, Duration took, Duration merging) {
    }

    private String staleness() {
        if (settings.embedded()) {
            Properties marker = readMarker();
            if (marker == null) {
                return "no index marker in " + location.root();
            }
            if (!String.valueOf(SearchMapping.VERSION).equals(marker.getProperty("mapping_version"))) {
                return "built with mapping version " + marker.getProperty("mapping_version") + ", now " + SearchMapping.VERSION;
            }
            // A project's concepts are found when it is indexed: another thesaurus means other concepts.
            if (!thesaurus.fingerprint().equals(marker.getProperty("thesaurus"))) {
                return "built with another thesaurus";
            }
            if (!Objects.equals(databaseId(), marker.getProperty("database_id"))) {
                return "built from another database";
            }
        }
        Counts counts = transaction.execute(status -> counts());
        if (counts.projectsInIndex() != counts.projectsInDatabase()) {
            return counts.projectsInIndex() + " projects indexed, " + counts.projectsInDatabase() + " published";
        }
        if (counts.organisationsInIndex() != counts.organisationsInDatabase()) {
            return counts.organisationsInIndex() + " organisations indexed, " + counts.organisationsInDatabase() + " known";
        }
        return null;
    }

    private record Counts(long projectsInIndex, long projectsInDatabase, long organisationsInIndex, long organisationsInDatabase) {
    }

    private Counts counts() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession search = Search.session(em);
            long projectsInIndex = search.search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long organisationsInIndex = search.search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long projects = em.createQuery("select count(p) from Project p where p.publicationState = :state", Long.class)
                    .setParameter("state", PublicationState.PUBLISHED).getSingleResult();
            long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
            return new Counts(projectsInIndex, projects, organisationsInIndex, organisations);
        } finally {
            em.close();
        }
    }

    /** This database's id, created on first use. */
    private String databaseId() {
        // {h-schema}: the schema Hibernate is configured to use (hibernate.default_schema), if any
        return transaction.execute(status -> {
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                em.joinTransaction();
                List<?> found = em.createNativeQuery("select database_id from {h-schema}search_index_state where id = 1").getResultList();
                if (!found.isEmpty()) {
                    return (String) found.getFirst();
                }
                String id = UUID.randomUUID().toString();
                em.createNativeQuery("insert into {h-schema}search_index_state (id, database_id) values (1, ?1)").setParameter(1, id)
                        .executeUpdate();
                return id;
            } finally {
                em.close();
            }
        });
    }

    private Properties readMarker() {
        if (!Files.isRegularFile(location.marker())) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(location.marker())) {
            Properties marker = new Properties();
            marker.load(in);
            return marker;
        } catch (IOException e) {
            log.warn("Cannot read the index marker {}: {}", location.marker(), e.toString());
            return null;
        }
    }

    private void writeMarker() {
        Properties marker = new Properties();
        marker.setProperty("mapping_version", String.valueOf(SearchMapping.VERSION));
        marker.setProperty("database_id", databaseId());
        marker.setProperty("thesaurus", thesaurus.fingerprint());
        try {
            Files.createDirectories(location.root());
            var temporary = location.marker().resolveSibling(location.marker().getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary)) {
                marker.store(out, "LeaderCoop search index: what it was built for");
            }
            Files.move(temporary, location.marker(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index marker " + location.marker(), e);
        }
    }
}
