package eu.leadercoop.importer.web;

import eu.leadercoop.importer.fetch.UrlImporter;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several addresses read for the Import page in the background, one after another, so that the page can show how
 * far the reading is (htmx asks every second) instead of waiting for a minute without a word. A reading belongs to
 * the user who started it and is forgotten an hour after it ends; two readings run at a time, the rest wait.
 */
@Component
public class UrlImportJobs {

    private static final long KEPT_MILLIS = 60 * 60 * 1000L;
    private static final int MAX_JOBS = 200;

    /** One reading: the addresses, the rows done so far, the one being read. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final List<String> addresses;
        private final List<UrlRow> rows = new CopyOnWriteArrayList<>();
        private final AtomicInteger current = new AtomicInteger(-1);
        private volatile long endedAt;

        Job(String owner, List<String> addresses) {
            this.owner = owner;
            this.addresses = List.copyOf(addresses);
        }

        public String id() {
            return id;
        }

        public int total() {
            return addresses.size();
        }

        /** The number of addresses finished. */
        public int finished() {
            return rows.size();
        }

        /** The address being read, or null before the first and after the last. */
        public String reading() {
            int i = current.get();
            return i >= 0 && i < addresses.size() && !done() ? addresses.get(i) : null;
        }

        public int readingNumber() {
            return current.get() + 1;
        }

        public List<UrlRow> rows() {
            return List.copyOf(rows);
        }

        public boolean done() {
            return endedAt != 0;
        }
    }

    private final UrlImporter importer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "url-import");
        t.setDaemon(true);
        return t;
    });

    UrlImportJobs(UrlImporter importer) {
        this.importer = importer;
    }

    /** Starts reading {@code addresses} for {@code owner}. */
    Job start(String owner, List<String> addresses) {
        forgetOld();
        Job job = new Job(owner, addresses);
        jobs.put(job.id(), job);
        workers.execute(() -> run(job));
        return job;
    }

    /** The reading {@code id} if {@code owner} started it. */
    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    private void run(Job job) {
        try {
            for (int i = 0; i < job.addresses.size(); i++) {
                job.current.set(i);
                job.rows.add(UrlRow.of(importer.importOne(job.addresses.get(i))));
            }
        } finally {
            job.endedAt = System.currentTimeMillis();
        }
    }

    private void forgetOld() {
        long now = System.currentTimeMillis();
        jobs.values().removeIf(j -> j.done() && now - j.endedAt > KEPT_MILLIS);
        if (jobs.size() >= MAX_JOBS) {
            jobs.values().removeIf(Job::done);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
