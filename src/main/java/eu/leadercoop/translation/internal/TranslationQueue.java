package eu.leadercoop.translation.internal;

import eu.leadercoop.registry.ProjectSaved;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Translates saved projects in the background, after their transaction has committed (never in the
 * request that saved them, and never for a save that was rolled back). One worker thread: a service a
 * site runs itself sees one request at a time, and a project saved again while it waits is translated
 * once. Work still waiting when the application stops is dropped; the project's next save asks again.
 *
 * <p>Not Spring Modulith's {@code @ApplicationModuleListener}: that runs on the shared task executor
 * (and only with {@code @EnableAsync} anywhere at all), with neither the single worker nor the coalescing.
 */
final class TranslationQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TranslationQueue.class);

    private final ProjectTranslator translator;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "machine-translation");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    TranslationQueue(ProjectTranslator translator) {
        this.translator = translator;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void saved(ProjectSaved saved) {
        long id = saved.projectId();
        if (waiting.add(id)) {
            worker.execute(() -> {
                waiting.remove(id); // a save from now on asks again
                try {
                    translator.translate(id);
                } catch (RuntimeException e) {
                    log.warn("Machine translation of project {} failed: {}", id, e.toString());
                }
            });
        }
    }

    /** Waits until every project queued so far is done; for tests and an orderly stop. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.execute(done::countDown);
        return done.await(timeout, unit);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
