package eu.leadercoop.search.bench;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.index.IndexLocation;
import eu.leadercoop.search.index.IndexMaintenance;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/search [N]}: loads N synthetic projects into PostgreSQL ({@code leadercoop_bench})
 * through JPA, indexes them with the application's rebuild ({@code IndexMaintenance}), and runs a fixed query mix against
 * LeaderCoop's search, PostgreSQL full-text search and a bare Lucene searcher on the same index;
 * then checks recall@10 on inflected and unaccented queries whose relevant project is known.
 * A second run with the same N reuses the loaded data and index (unless {@code --reload}).
 */
public final class SearchBenchmark {

    static final long SEED = 20261124L;
    /** The benchmark's "today", so that the status facet splits the generated periods. */
    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        boolean reload = Arrays.asList(args).contains("--reload");
        boolean reindex = Arrays.asList(args).contains("--reindex");
        int rounds = Integer.getInteger("bench.rounds", 10);
        int postgresRounds = Integer.getInteger("bench.postgres.rounds", 2);
        String url = System.getProperty("bench.db.url", "jdbc:postgresql://localhost:5432/leadercoop_bench");
        String user = System.getProperty("bench.db.user", "leadercoop");
        String password = System.getProperty("bench.db.password", "leadercoop");
        Path dataDir = Path.of(System.getProperty("bench.data-dir", "target/bench-data")).toAbsolutePath();
        Path state = dataDir.resolve("bench.properties");
        ProjectGenerator generator = new ProjectGenerator(SEED, n, Math.max(100, Math.min(3000, n / 10)));

        Properties previous = load(state);
        boolean reuse = !reload && String.valueOf(n).equals(previous.getProperty("projects")) && count(url, user, password) == n;
        if (!reuse) {
            resetSchema(url, user, password);
            deleteIndex(dataDir.resolve("index"));
        }
        System.out.printf("LeaderCoop search benchmark: %,d projects, %,d organisations, %d rounds (PostgreSQL %d); load average %.1f%n",
                n, Math.max(100, Math.min(3000, n / 10)), rounds, postgresRounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeaderCoopApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--leadercoop.data-dir=" + dataDir,
                        "--leadercoop.examples.enabled=false", "--leadercoop.search.rebuild-on-start=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=6",
                        "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async")) {
            Properties figures = !reuse ? loadAndIndex(app, generator, state)
                    : reindex ? index(app, generator, state, previous) : previous;
            ProjectSearch search = app.getBean(ProjectSearch.class);
            Path projectIndex = app.getBean(IndexLocation.class).root().resolve("project");
            List<BenchQuery> mix = BenchQuery.mix();
            Engine leadercoop = new LeaderCoopEngine(search);
            Engine postgres = new PostgresFtsEngine(app.getBean(DataSource.class), TODAY);
            try (BareLuceneEngine bare = new BareLuceneEngine(projectIndex, TODAY)) {
                System.out.println("Warming up");
                measure(List.of(leadercoop, bare, postgres), mix, 1, Math.min(1, postgresRounds));
                System.out.println("Measuring (engines take turns on each query, so that load from elsewhere hits them alike)");
                List<double[]> times = measure(List.of(leadercoop, bare, postgres), mix, rounds, postgresRounds);
                double[] ours = times.get(0);
                double[] lucene = times.get(1);
                double[] pg = times.get(2);
                DataSource dataSource = app.getBean(DataSource.class);
                double ourRecall = recall(leadercoop, generator, dataSource);
                // BENCH_POSTGRES_ROUNDS=0 leaves PostgreSQL out, for a quicker look at the other two.
                double pgRecall = postgresRounds > 0 ? recall(postgres, generator, dataSource) : Double.NaN;
                long heap = heapAfterGc();
                System.out.println();
                System.out.printf("%-14s %9s %9s %9s %8s%n", "engine", "p50_ms", "p95_ms", "p99_ms", "queries");
                print("leadercoop", ours);
                print("bare_lucene", lucene);
                print("postgres_fts", pg);
                System.out.printf("load_average=%.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf("load_projects_per_s=%.0f%n", Double.parseDouble(figures.getProperty("load_per_s")));
                System.out.printf("index_seconds=%.1f%n", Double.parseDouble(figures.getProperty("index_seconds")));
                System.out.println();
                System.out.printf("search_p95_ms=%.2f%n", percentile(ours, 95));
                System.out.printf("ratio_vs_postgres_fts=%.4f%n", percentile(ours, 95) / percentile(pg, 95));
                System.out.printf("ratio_vs_bare_lucene=%.3f%n", percentile(ours, 95) / percentile(lucene, 95));
                System.out.printf("index_docs_per_s=%.0f%n", Double.parseDouble(figures.getProperty("index_per_s")));
                System.out.printf("heap_mb=%d%n", heap);
                System.out.printf("recall_at10=%.3f%n", ourRecall);
                System.out.printf("recall_at10_postgres=%.3f%n", pgRecall);
            }
        }
        System.exit(0);
    }

    private static Properties loadAndIndex(ConfigurableApplicationContext app, ProjectGenerator generator, Path state) throws Exception {
        BenchLoader loader = new BenchLoader(app.getBean(EntityManagerFactory.class), app.getBean(DataSource.class), generator);
        loader.createFtsTable();
        loader.loadOrganisations();
        System.out.println("Loading projects through JPA (automatic indexing off for the bulk sessions)");
        double loadRate = loader.loadProjects(3);
        System.out.printf("  %,.0f projects/s%n", loadRate);
        loader.indexFtsTable();
        Properties figures = new Properties();
        figures.setProperty("projects", String.valueOf(generator.projects()));
        figures.setProperty("load_per_s", String.valueOf(loadRate));
        return index(app, generator, state, figures);
    }

    /** Builds the index from the loaded data as the application rebuilds it, and records how fast. */
    private static Properties index(ConfigurableApplicationContext app, ProjectGenerator generator, Path state,
            Properties figures) throws IOException {
        System.out.println("Rebuilding the index (projects with their events, organisations)");
        IndexMaintenance.RebuildReport report = app.getBean(IndexMaintenance.class).rebuild();
        double seconds = report.took().toMillis() / 1000.0;
        double indexRate = generator.projects() / seconds;
        System.out.printf("  %,d projects in %.1f s%s: %,.0f projects/s%n", report.projects(), seconds,
                report.merging().isZero() ? "" : String.format(" (merging into one segment per index %.1f s)",
                        report.merging().toMillis() / 1000.0), indexRate);
        figures.setProperty("index_per_s", String.valueOf(indexRate));
        figures.setProperty("index_seconds", String.valueOf(seconds));
        Files.createDirectories(state.getParent());
        try (var out = Files.newBufferedWriter(state)) {
            figures.store(out, "bench/search: what was loaded and how fast");
        }
        return figures;
    }

    /**
     * Milliseconds of every query, per engine, over {@code rounds} shuffled passes of the mix; on each
     * query the engines take turns, the last one (PostgreSQL) only in its first {@code lastRounds} passes.
     */
    private static List<double[]> measure(List<Engine> engines, List<BenchQuery> mix, int rounds, int lastRounds) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        engines.forEach(e -> times.add(new ArrayList<>()));
        Random random = new Random(SEED);
        for (int r = 0; r < rounds; r++) {
            List<BenchQuery> order = new ArrayList<>(mix);
            Collections.shuffle(order, random);
            for (BenchQuery q : order) {
                for (int e = 0; e < engines.size(); e++) {
                    if (e == engines.size() - 1 && r >= lastRounds) {
                        continue;
                    }
                    long started = System.nanoTime();
                    engines.get(e).search(q);
                    times.get(e).add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        return times.stream().map(t -> t.stream().mapToDouble(Double::doubleValue).sorted().toArray()).toList();
    }

    private static double recall(Engine engine, ProjectGenerator generator, DataSource dataSource) throws Exception {
        List<ProjectGenerator.RecallQuery> queries = generator.recallQueries();
        int found = 0;
        try (Connection c = dataSource.getConnection();
                var id = c.prepareStatement("select id from bench_fts where gen_index = ?")) {
            for (ProjectGenerator.RecallQuery q : queries) {
                List<Long> top = engine.search(BenchQuery.of("recall", q.text(), q.language()));
                id.setInt(1, q.relevantIndex());
                try (ResultSet rs = id.executeQuery()) {
                    if (rs.next() && top.contains(rs.getLong(1))) {
                        found++;
                    }
                }
            }
        }
        return queries.isEmpty() ? 0 : (double) found / queries.size();
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void print(String name, double[] times) {
        System.out.printf(Locale.ROOT, "%-14s %9.2f %9.2f %9.2f %8d%n", name, percentile(times, 50), percentile(times, 95),
                percentile(times, 99), times.length);
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long count(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from bench_fts")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception missing) {
            return -1;
        }
    }

    private static void resetSchema(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    private static void deleteIndex(Path index) throws IOException {
        if (!Files.exists(index)) {
            return;
        }
        try (var files = Files.walk(index)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        return p;
    }

    private SearchBenchmark() {
    }
}
