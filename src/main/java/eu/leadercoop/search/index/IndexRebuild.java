package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.CacheMode;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;

/**
 * Builds the three indexes anew from the database: drops them, indexes every organisation, then every
 * published project batch by batch on several threads, and (if asked) merges each index into one segment.
 *
 * <p>Why not Hibernate Search's mass indexer: it loads each indexed type on its own, so the events,
 * whose documents name their project's title and partners, loaded every project a second time with
 * its titles and partnerships; that was a quarter of a rebuild. Here a project is loaded once, and
 * adding it to the indexing plan also writes the documents of its events, which Hibernate Search
 * finds through the events' dependency on their project. The documents are written without a commit
 * per batch (the backend commits at its interval and at the end), and each batch waits for its
 * documents to be written, so that loading never runs far ahead of indexing.
 */
final class IndexRebuild {

    /** Waits for the batch's documents and reports a failure, but neither commits nor refreshes. */
    private static final IndexingPlanSynchronizationStrategy WRITTEN = context -> {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            SearchIndexingPlanExecutionReport report = future.join();
            report.throwable().ifPresent(failure -> {
                throw new SearchException("Indexing failed for " + report.failingEntities(), failure);
            });
        });
    };

    private final EntityManagerFactory entityManagerFactory;
    private final int threads;
    private final int batchSize;
    private final boolean merge;
    /**
     * Whether sessions must be told to fetch collections {@link #batchSize} at a time: Hibernate's
     * default batch size differs. Then every lazy collection of every batch builds its own loader
     * (its SQL and generated code, anew): at a million projects a tenth of the JVM's CPU time and a
     * third of PostgreSQL's. With the same size the prepared loaders serve.
     */
    private final boolean ownFetchBatchSize;

    IndexRebuild(EntityManagerFactory entityManagerFactory, int threads, int batchSize, boolean merge) {
        this.entityManagerFactory = entityManagerFactory;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.merge = merge;
        this.ownFetchBatchSize = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getSessionFactoryOptions().getDefaultBatchFetchSize() != this.batchSize;
    }

    /** Rebuilds the indexes; returns how long the final merge took (zero without one). */
    Duration run() throws InterruptedException {
        OrganisationDirectory directory;
        List<Long> organisations;
        List<Long> projects;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession search = Search.session(em);
            search.schemaManager(Project.class, Event.class, Organisation.class).dropAndCreate();
            directory = OrganisationDirectory.read(em);
            organisations = em.createQuery("select o.id from Organisation o order by o.id", Long.class).getResultList();
            projects = em.createQuery("select p.id from Project p where p.publicationState = :state order by p.id", Long.class)
                    .setParameter("state", PublicationState.PUBLISHED).getResultList();
        }
        inBatches(organisations, "select o from Organisation o where o.id in :ids", directory);
        inBatches(projects, "select p from Project p where p.id in :ids", directory);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            var workspace = Search.session(em).workspace(Project.class, Event.class, Organisation.class);
            workspace.flush();
            long merging = System.nanoTime();
            // Not by default: the index pass reads each segment on its own, and merging a million projects
            // into one segment took a sixth of a rebuild.
            if (merge) {
                workspace.mergeSegments();
            }
            Duration merged = merge ? Duration.ofNanos(System.nanoTime() - merging) : Duration.ZERO;
            workspace.refresh();
            return merged;
        }
    }

    /** Indexes the entities with these ids, {@link #batchSize} per session, on {@link #threads} threads. */
    private void inBatches(List<Long> ids, String query, OrganisationDirectory directory)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        int batches = (ids.size() + batchSize - 1) / batchSize;
        int workerCount = Math.min(threads, Math.max(1, batches));
        ExecutorService pool = Executors.newFixedThreadPool(workerCount,
                Thread.ofPlatform().name("leadercoop-index-rebuild-", 1).factory());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < workerCount; t++) {
                workers.add(pool.submit(() -> directory.during(() -> {
                    for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                        index(query, ids.subList(b * batchSize, Math.min(ids.size(), (b + 1) * batchSize)));
                    }
                })));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    next.set(batches);
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void index(String query, List<Long> ids) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.setCacheMode(CacheMode.IGNORE);
            // The batch's collections (titles, goals, events, partners...) each in one query.
            if (ownFetchBatchSize) {
                session.setFetchBatchSize(batchSize);
            }
            SearchSession search = Search.session(em);
            search.indexingPlanSynchronizationStrategy(WRITTEN);
            SearchIndexingPlan plan = search.indexingPlan();
            em.getTransaction().begin();
            try {
                // As a list: given a collection, setParameter first tries it as one id and throws (and
                // catches) an exception whose message spells out all the batch's ids.
                session.createSelectionQuery(query, Object.class).setParameterList("ids", ids, Long.class)
                        .getResultList().forEach(plan::addOrUpdate);
                plan.execute();
                // Nothing to write (read-only, never flushed), but a commit lets Hibernate Search's
                // before-completion hook run; after a rollback ORM warns about it on every batch.
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }
}
