package eu.leadercoop.search.bench;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.partners.PartnerSuggestions;
import eu.leadercoop.search.index.IndexMaintenance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/partners [N] [--random-partners]}: the offline evaluation of partner suggestions. Loads N
 * projects of {@link PartnerWorld} (the search benchmark's generator with topics and repeated
 * partnerships) into an embedded database of its own, indexes them with the application's rebuild, then
 * for {@value #QUERIES} projects hides one partner (never the lead) and asks {@link PartnerSuggestions}
 * for ten organisations for the project's text, its lead asking, its other partners current and the
 * hidden partner's country wanted, the project itself not counted. Prints how often the hidden partner
 * is among the ten ({@code partner_recall_at10=}), the same for the ten organisations of that country
 * with the most projects ({@code partner_recall_at10_baseline=}, with the same exclusions), and the 95th
 * percentile of one suggestion's time ({@code partner_suggest_p95_ms=}).
 */
public final class PartnerBenchmark {

    static final long SEED = 20261208L;
    static final int QUERIES = 1000;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0].replace("_", "")) : 5000;
        boolean randomPartners = Arrays.asList(args).contains("--random-partners");
        Path dataDir = Path.of(System.getProperty("bench.data-dir", "target/partner-bench")).toAbsolutePath()
                .resolve(n + (randomPartners ? "-random" : ""));
        deleteTree(dataDir);
        int organisationCount = Math.max(100, Math.min(3000, n / 10));
        ProjectGenerator generator = new ProjectGenerator(SEED, n, organisationCount);
        PartnerWorld world = new PartnerWorld(generator, SEED, randomPartners);
        System.out.printf(Locale.ROOT, "LeaderCoop partner suggestion benchmark: %,d projects, %,d organisations, %s partners; load average %.1f%n",
                n, organisationCount, randomPartners ? "random" : "topical", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeaderCoopApplication.class)
                .web(WebApplicationType.NONE).run("--leadercoop.data-dir=" + dataDir, "--leadercoop.examples.enabled=false", "--leadercoop.directory.enabled=false",
                        "--leadercoop.search.rebuild-on-start=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            EntityManagerFactory emf = app.getBean(EntityManagerFactory.class);
            BenchLoader loader = new BenchLoader(emf, null, generator);
            loader.loadOrganisations();
            long[] projectIds = load(emf, loader, world);
            System.out.println("Rebuilding the index");
            app.getBean(IndexMaintenance.class).rebuild();

            PartnerSuggestions suggestions = app.getBean(PartnerSuggestions.class);
            Map<Long, Integer> projectCounts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (int o : world.project(i).partners()) {
                    projectCounts.merge(loader.organisationId(o), 1, Integer::sum);
                }
            }
            List<ProjectGenerator.Org> orgs = world.organisations();
            Map<Long, String> countryOf = new HashMap<>();
            for (int o = 0; o < orgs.size(); o++) {
                countryOf.put(loader.organisationId(o), orgs.get(o).country());
            }
            int stride = Math.max(1, n / QUERIES);
            int asked = 0;
            int found = 0;
            int foundBaseline = 0;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < n && asked < QUERIES; i += stride) {
                ProjectGenerator.GenProject g = world.project(i);
                if (g.partners().size() < 2) {
                    continue;
                }
                int hiddenAt = 1 + (i % (g.partners().size() - 1));
                long hidden = loader.organisationId(g.partners().get(hiddenAt));
                long lead = loader.organisationId(g.partners().getFirst());
                Set<Long> current = new HashSet<>();
                for (int p = 0; p < g.partners().size(); p++) {
                    if (p != hiddenAt) {
                        current.add(loader.organisationId(g.partners().get(p)));
                    }
                }
                String country = countryOf.get(hidden);
                PartnerSuggestions.Basis basis = new PartnerSuggestions.Basis(String.join("\n", g.texts()), List.of(), Set.of(lead), current,
                        Set.of(country), Set.of(), Set.of(projectIds[i]));
                long started = System.nanoTime();
                List<PartnerSuggestions.Suggestion> top = suggestions.rank(basis, "en", 10);
                times.add((System.nanoTime() - started) / 1e6);
                if (top.stream().anyMatch(s -> s.organisation().id() == hidden)) {
                    found++;
                }
                // the baseline: the ten organisations of the wanted country in most projects, but the asker and current partners
                // (this project's own count of the hidden partner left out, as it is hidden)
                List<Long> baseline = countryOf.entrySet().stream()
                        .filter(e -> e.getValue().equals(country) && e.getKey() != lead && !current.contains(e.getKey()))
                        .map(Map.Entry::getKey)
                        .sorted(Comparator.comparingInt((Long id) -> projectCounts.getOrDefault(id, 0) - (id == hidden ? 1 : 0)).reversed()
                                .thenComparing(id -> id))
                        .limit(10).toList();
                if (baseline.contains(hidden)) {
                    foundBaseline++;
                }
                asked++;
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "queries=%d%n", asked);
            System.out.printf(Locale.ROOT, "load_average=%.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "partner_suggest_p50_ms=%.1f%n", percentile(sorted, 50));
            System.out.printf(Locale.ROOT, "partner_recall_at10=%.3f%n", (double) found / asked);
            System.out.printf(Locale.ROOT, "partner_recall_at10_baseline=%.3f%n", (double) foundBaseline / asked);
            System.out.printf(Locale.ROOT, "partner_suggest_p95_ms=%.1f%n", percentile(sorted, 95));
        }
        System.exit(0);
    }

    /** Persists every project in index order (partners repeat earlier ones), in batches; returns their database ids. */
    private static long[] load(EntityManagerFactory emf, BenchLoader loader, PartnerWorld world) {
        long[] ids = new long[world.projects()];
        long started = System.nanoTime();
        for (int from = 0; from < world.projects(); from += BenchLoader.BATCH) {
            EntityManager em = emf.createEntityManager();
            try {
                Search.session(em).indexingPlanFilter(f -> f.exclude(Object.class));
                em.getTransaction().begin();
                for (int i = from; i < Math.min(world.projects(), from + BenchLoader.BATCH); i++) {
                    var p = loader.project(em, world.project(i));
                    em.persist(p);
                    ids[i] = p.getId();
                }
                em.getTransaction().commit();
            } finally {
                em.close();
            }
        }
        System.out.printf(Locale.ROOT, "Loaded %,d projects in %.1f s%n", world.projects(), (System.nanoTime() - started) / 1e9);
        return ids;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private PartnerBenchmark() {
    }
}
