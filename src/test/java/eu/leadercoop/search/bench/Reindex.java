package eu.leadercoop.search.bench;

import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.index.IndexMaintenance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Rebuilds the benchmark's index on the data already loaded, to tune the mass indexer: {@code Reindex [--key=value...]}. */
public final class Reindex {

    public static void main(String[] args) {
        String[] base = {"--spring.datasource.url=" + System.getProperty("bench.db.url", "jdbc:postgresql://localhost:5432/leadercoop_bench"),
                "--spring.datasource.username=leadercoop", "--spring.datasource.password=leadercoop",
                "--leadercoop.data-dir=" + System.getProperty("bench.data-dir", "target/bench-data"),
                "--leadercoop.examples.enabled=false", "--leadercoop.search.rebuild-on-start=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(args)).toArray(String[]::new);
        try (var app = new SpringApplicationBuilder(LeaderCoopApplication.class).web(WebApplicationType.NONE).run(all)) {
            var report = app.getBean(IndexMaintenance.class).rebuild();
            System.out.printf("%d projects in %d ms: %.0f/s%n", report.projects(), report.took().toMillis(),
                    report.projects() * 1000.0 / report.took().toMillis());
        }
        System.exit(0);
    }

    private Reindex() {
    }
}
