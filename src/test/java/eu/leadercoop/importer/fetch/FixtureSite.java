package eu.leadercoop.importer.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small web site on 127.0.0.1 for the tests of import from web addresses: a project page inside the chrome of a
 * real LAG site (navigation, header, cookie banner, side bar, footer), a 404, a 500, a circle of redirects, a chain
 * of redirects, a 50 MB page (streamed, and declared), a page the robots.txt closes to LeaderCoop, a page with no
 * text, a page about no project, an image, a slow page.
 */
public final class FixtureSite implements AutoCloseable {

    /** Words of the site's chrome: none of them may reach a draft. */
    public static final String[] CHROME_WORDS = {"Avaleht", "Kasutame küpsiseid", "Nõustun", "Jaga Facebookis",
            "Uudiskiri", "Kõik õigused kaitstud", "Otsi saidilt", "Tegevusgrupi juhatus"};

    /** The robots.txt served: other robots are shut out entirely, LeaderCoop only from {@code /closed/}. */
    public static final String ROBOTS = """
            # robots of the fixture site
            User-agent: *
            Disallow: /

            User-agent: LeaderCoop
            Disallow: /closed/
            Allow: /
            """;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fixture-site");
        t.setDaemon(true);
        return t;
    });
    private final String projectText;
    private final int robotsStatus;

    /** A site whose robots.txt answers {@code robotsStatus} (200 with {@link #ROBOTS}, 404, 503...). */
    public FixtureSite(String projectText, int robotsStatus) throws IOException {
        this.projectText = projectText;
        this.robotsStatus = robotsStatus;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public FixtureSite(String projectText) throws IOException {
        this(projectText, 200);
    }

    /** The address of {@code path} on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** An address on this machine where nothing listens. */
    public static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    /** A project page's text as the main content of a page of a LAG's site. */
    public static String page(String title, String text) {
        StringBuilder article = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                article.append("      <p>").append(escape(line)).append("</p>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="et">
                <head><meta charset="utf-8"><title>%1$s | Näidisküla Koostöökogu</title>
                <script>window.dataLayer = []; document.write("Periood: 1999");</script></head>
                <body>
                <div id="cookie-banner" class="cookie-notice">Kasutame küpsiseid, et sait töötaks. <button>Nõustun</button></div>
                <header class="site-header"><a href="/"><img src="/logo.png" alt="Näidisküla Koostöökogu"></a>
                  <form role="search"><input name="q" placeholder="Otsi saidilt"></form></header>
                <nav><ul><li><a href="/">Avaleht</a></li><li><a href="/projektid">Projektid</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
                <div class="breadcrumbs"><a href="/">Avaleht</a> › <a href="/projektid">Projektid</a></div>
                <div class="layout">
                  <main>
                    <article>
                      <h1>%1$s</h1>
                %2$s      <div class="share"><a href="https://facebook.com/share">Jaga Facebookis</a></div>
                    </article>
                  </main>
                  <aside><h2>Uudiskiri</h2><p>Tegevusgrupi juhatus kogunes 12.03.2024.</p></aside>
                </div>
                <footer><p>© 2024 Näidisküla Koostöökogu. Kõik õigused kaitstud.</p></footer>
                </body>
                </html>
                """.formatted(escape(title), article);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/robots.txt" -> send(exchange, robotsStatus, "text/plain", robotsStatus == 200 ? ROBOTS : "no");
                case "/project", "/closed/project" -> send(exchange, 200, "text/html; charset=utf-8", page(title(), projectText));
                case "/moved" -> redirect(exchange, 301, "/project");
                case "/missing" -> send(exchange, 404, "text/html", "<h1>Lehte ei leitud</h1>");
                case "/broken" -> send(exchange, 500, "text/html", "<h1>Server error</h1>");
                case "/loop-a" -> redirect(exchange, 302, "/loop-b");
                case "/loop-b" -> redirect(exchange, 302, "/loop-a");
                case "/to-ftp" -> redirect(exchange, 302, "ftp://files.example.org/project.txt");
                case "/empty" -> send(exchange, 200, "text/html", "<html><body><nav><a href='/'>Avaleht</a></nav>"
                        + "<footer>Kõik õigused kaitstud</footer></body></html>");
                case "/no-project" -> send(exchange, 200, "text/html", "<html><body><main><h1>Tere tulemast</h1>"
                        + "<p>Siin kodulehel avaldame aeg-ajalt pilte ja mõtteid ilusast loodusest.</p></main></body></html>");
                case "/image.png" -> send(exchange, 200, "image/png", "\u0089PNG");
                case "/huge" -> huge(exchange, false);
                case "/huge-declared" -> huge(exchange, true);
                case "/slow" -> {
                    sleep(3000);
                    send(exchange, 200, "text/html", page(title(), projectText));
                }
                case "/drip" -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    out.write("<html><body><p>Periood: 2024</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(3000);
                    out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    if (path.startsWith("/hops/")) {
                        int n = Integer.parseInt(path.substring("/hops/".length()));
                        redirect(exchange, 302, n >= 10 ? "/project" : "/hops/" + (n + 1));
                    } else {
                        send(exchange, 404, "text/plain", "not found");
                    }
                }
            }
        } catch (IOException e) {
            // the client hung up (a body over its limit, a timeout): nothing more to say
        }
    }

    private String title() {
        return projectText.lines().filter(l -> !l.isBlank()).findFirst().orElse("Projekt").strip();
    }

    private static void huge(HttpExchange exchange, boolean declared) throws IOException {
        long size = 50L * 1024 * 1024;
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, declared ? size : 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        OutputStream out = exchange.getResponseBody();
        out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
        for (long sent = 0; sent < size - 64 * 1024; sent += chunk.length) {
            out.write(chunk);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(type.equals("image/png") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
