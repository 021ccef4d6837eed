package eu.leadercoop.search.bench;

import com.sun.management.OperatingSystemMXBean;
import eu.leadercoop.LeaderCoopApplication;
import eu.leadercoop.search.index.IndexMaintenance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Rebuilds the benchmark's index on the data already loaded, to tune the rebuild: {@code Reindex [--key=value...]}, {@code -Dbench.repeat=N} times in one JVM.
 * Besides the wall time it prints the CPU seconds the JVM and the PostgreSQL server spent on the rebuild, which
 * stay comparable when other work on the machine slows the wall clock down.
 */
public final class Reindex {

    public static void main(String[] args) {
        String[] base = {"--spring.datasource.url=" + System.getProperty("bench.db.url", "jdbc:postgresql://localhost:5432/leadercoop_bench"),
                "--spring.datasource.username=leadercoop", "--spring.datasource.password=leadercoop",
                "--leadercoop.data-dir=" + System.getProperty("bench.data-dir", "target/bench-data"),
                "--leadercoop.examples.enabled=false", "--leadercoop.directory.enabled=false", "--leadercoop.search.rebuild-on-start=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(args)).toArray(String[]::new);
        try (var app = new SpringApplicationBuilder(LeaderCoopApplication.class).web(WebApplicationType.NONE).run(all)) {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            // Later rounds run on compiled code: the first one also pays for the JIT compiler.
            for (int round = 1, rounds = Integer.getInteger("bench.repeat", 1); round <= rounds; round++) {
                long jvmCpu = os.getProcessCpuTime();
                long postgresCpu = postgresCpuTicks();
                var report = app.getBean(IndexMaintenance.class).rebuild();
                double jvmSeconds = (os.getProcessCpuTime() - jvmCpu) / 1e9;
                double postgresSeconds = postgresCpu < 0 ? Double.NaN : (postgresCpuTicks() - postgresCpu) / 100.0;
                System.out.printf("round %d: %d projects in %d ms (merging %d ms): %.0f/s; CPU s: JVM %.1f, PostgreSQL %.1f; load average %.1f%n",
                        round, report.projects(), report.took().toMillis(), report.merging().toMillis(),
                        report.projects() * 1000.0 / report.took().toMillis(),
                        jvmSeconds, postgresSeconds, os.getSystemLoadAverage());
            }
        }
        System.exit(0);
    }

    /** User and system clock ticks of every process named postgres (Linux), or -1 elsewhere. */
    private static long postgresCpuTicks() {
        try (var procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            if (!stat.contains("(postgres)")) {
                                return 0;
                            }
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        } catch (IOException | RuntimeException gone) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private Reindex() {
    }
}
