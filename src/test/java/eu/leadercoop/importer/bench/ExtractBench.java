package eu.leadercoop.importer.bench;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractionOutcome;
import eu.leadercoop.importer.Fixtures;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction throughput on seed-sized pages, on one thread: {@code bench/extract} runs it. Feeds the five seeds
 * and the hand-written variant pages (1.5-3 KB each) round-robin as bytes, so charset detection is included;
 * warms up first, then measures several rounds and prints documents per second for each and the median, by the
 * clock and per second of the thread's CPU time (the figure that a machine shared with other work does not distort).
 */
public final class ExtractBench {

    private ExtractBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String seed : Fixtures.SEEDS) {
            docs.add(Fixtures.bytes("seeds/" + seed));
            names.add(seed);
        }
        for (String variant : List.of("english.txt", "polish.txt", "estonian-upper-case.txt")) {
            docs.add(Fixtures.bytes("variants/" + variant));
            names.add(variant);
        }
        long bytes = docs.stream().mapToLong(d -> d.length).sum();
        DocumentImporter importer = new DocumentImporter();
        Object sink = run(importer, docs, names, (long) (seconds * 1e9));
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long[] count = new long[1];
            sink = runCounting(importer, docs, names, (long) (seconds * 1e9), count);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double rate = count[0] / elapsed;
            rates.add(rate);
            cpuRates.add(count[0] / cpu);
            System.out.printf(Locale.ROOT, "round %d: %,.0f documents/s (%,.0f per second of this thread's CPU time)%n",
                    r + 1, rate, count[0] / cpu);
        }
        rates.sort(Double::compare);
        cpuRates.sort(Double::compare);
        // on a machine shared with other work the wall-clock rate says more about the load than about the code:
        // the rate per CPU second of the measuring thread is the one to compare
        System.out.printf(Locale.ROOT, "median: %,.0f documents/s on one thread (%d pages, %.1f KB average); "
                        + "%,.0f per CPU second%n", rates.get(rates.size() / 2), docs.size(), bytes / 1024.0 / docs.size(),
                cpuRates.get(cpuRates.size() / 2));
        if (sink == null) {
            System.out.println();
        }
    }

    private static Object run(DocumentImporter importer, List<byte[]> docs, List<String> names, long nanos) {
        return runCounting(importer, docs, names, nanos, new long[1]);
    }

    private static Object runCounting(DocumentImporter importer, List<byte[]> docs, List<String> names, long nanos,
                                      long[] count) {
        long end = System.nanoTime() + nanos;
        Object last = null;
        int i = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 100; k++) {
                ExtractionOutcome o = importer.extract(names.get(i), docs.get(i));
                last = o;
                i = (i + 1) % docs.size();
            }
            count[0] += 100;
        }
        return last == null ? StandardCharsets.UTF_8 : last;
    }
}
