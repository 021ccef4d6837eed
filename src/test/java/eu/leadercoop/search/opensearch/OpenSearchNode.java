package eu.leadercoop.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A single OpenSearch node for a test, started from the unpacked integ-test distribution
 * ({@code leadercoop.test.opensearch.home}, set by the build) on free loopback ports. OpenSearch
 * refuses to run as root, so as root it runs as {@code nobody} from a copy that user owns.
 */
final class OpenSearchNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Path home;
    private final int httpPort;

    private OpenSearchNode(Process process, Path home, int httpPort) {
        this.process = process;
        this.home = home;
        this.httpPort = httpPort;
    }

    static OpenSearchNode start(Path work) throws IOException, InterruptedException {
        String distribution = System.getProperty("leadercoop.test.opensearch.home");
        if (distribution == null || !Files.isDirectory(Path.of(distribution))) {
            throw new IllegalStateException("no OpenSearch distribution at leadercoop.test.opensearch.home=" + distribution
                    + "; run the test through ./mvnw verify, which unpacks it");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = work.resolve("opensearch");
        run(List.of("cp", "-r", distribution, home.toString()));
        if (root) {
            run(List.of("chown", "-R", "nobody", work.toString()));
        }
        int httpPort = freePort();
        int transportPort = freePort();
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of(home.resolve("bin/opensearch").toString(),
                "-E", "discovery.type=single-node", "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort, "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + home.resolve("data"), "-E", "path.logs=" + home.resolve("logs"),
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("opensearch.out").toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        OpenSearchNode node = new OpenSearchNode(process, home, httpPort);
        node.awaitReady(work.resolve("opensearch.out"));
        return node;
    }

    String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    /** GET on the node's REST API, as text. */
    String get(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + hostAndPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private void awaitReady(Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + tail(output));
            }
            try {
                if (get("/_cluster/health?wait_for_status=yellow&timeout=1s").contains("\"status\"")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        close();
        throw new IllegalStateException("OpenSearch did not answer within " + START_TIMEOUT + ":\n" + tail(output));
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        // runuser forwards the termination signal to the node it started.
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new UncheckedIOException(new IOException(String.join(" ", command) + " failed with " + p.exitValue()));
        }
    }
}
