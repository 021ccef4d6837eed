package eu.leadercoop.search.bench;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.ProjectSearch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Runs the query mix on LeaderCoop's search only, for a profiler: {@code SearchProfile ROUNDS}. */
public final class SearchProfile {

    public static void main(String[] args) throws Exception {
        try (var app = new SpringApplicationBuilder(LeaderCoopApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + System.getProperty("bench.db.url", "jdbc:postgresql://localhost:5432/leadercoop_bench"),
                "--spring.datasource.username=leadercoop", "--spring.datasource.password=leadercoop",
                "--leadercoop.data-dir=" + System.getProperty("bench.data-dir", "target/bench-data"),
                "--leadercoop.examples.enabled=false", "--leadercoop.directory.enabled=false", "--leadercoop.search.rebuild-on-start=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            Engine engine = new LeaderCoopEngine(app.getBean(ProjectSearch.class));
            int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
            long started = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (BenchQuery q : BenchQuery.mix()) {
                    engine.search(q);
                }
            }
            System.out.printf("%.1f ms per query%n", (System.nanoTime() - started) / 1e6 / rounds / BenchQuery.mix().size());
        }
        System.exit(0);
    }

    private SearchProfile() {
    }
}
