package eu.leadercoop.importer.fetch;

import eu.leadercoop.importer.fetch.FetchProblem.Kind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * Fetches one web page the careful way, with {@link HttpClient}: http and https only; every address, the first and
 * each redirect's, is checked before it is asked (scheme, and all the addresses its host resolves to must be public
 * unless {@link Settings#allowPrivateAddresses()}); redirects are followed here, not by the client, at most
 * {@link Settings#maxRedirects()} and never in a circle; the host's {@code robots.txt} is read first and obeyed for
 * the {@link Settings#userAgent() user agent}; the connection must be made, and then the answer must keep coming,
 * within {@link Settings#timeout()} (at most six times that in all); the body is counted while it arrives and the
 * connection dropped as soon as it passes {@link Settings#maxBytes()}.
 *
 * <p>No proxy is used, so the address checked is the one connected to. The host is resolved again by the client;
 * the JVM's address cache (30 s by default) answers that second look-up, which leaves little room for a name that
 * changes its address in between. Thread-safe: one instance serves every import.
 */
public final class PageFetcher {

    /**
     * @param allowPrivateAddresses fetch from loopback and private networks too (tests)
     * @param timeout               for connecting, for the answer to start and between parts of the body
     * @param maxBytes              the largest body read
     * @param maxRedirects          redirects followed for one address
     * @param userAgent             the product token sent and looked for in robots.txt
     */
    public record Settings(boolean allowPrivateAddresses, Duration timeout, long maxBytes, int maxRedirects, String userAgent) {

        public static final Settings DEFAULTS = new Settings(false, Duration.ofSeconds(10), 10L * 1024 * 1024, 5, "LeaderCoop");
    }

    /**
     * A page as it came.
     *
     * @param address     the address asked for
     * @param finalAddress where it was found after redirects
     * @param contentType the media type, lower case, without parameters ({@code text/html}); empty when not said
     * @param charset     the charset the header names, or null
     * @param body        the bytes
     */
    public record Page(URI address, URI finalAddress, String contentType, String charset, byte[] body) {
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;
    private static final Duration ROBOTS_KEPT = Duration.ofMinutes(10);
    private static final int ROBOTS_CACHE_SIZE = 1000;

    private record CachedRobots(RobotsTxt robots, long until) {
    }

    private final Settings settings;
    private final HttpClient client;
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Fetches the page at {@code address} (already parsed by {@link WebAddress#parse}).
     *
     * @throws FetchProblem.Exception saying why there is no page
     */
    public Page fetch(URI address) throws FetchProblem.Exception {
        return follow(address, true, settings.maxBytes());
    }

    private Page follow(URI address, boolean obeyRobots, long maxBytes) throws FetchProblem.Exception {
        URI current = address;
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        for (int hop = 0; ; hop++) {
            PublicAddresses.check(current.getHost(), settings.allowPrivateAddresses());
            if (obeyRobots) {
                RobotsTxt rules = robotsOf(current);
                if (rules == RobotsTxt.DISALLOW_ALL) {
                    throw new FetchProblem.Exception(FetchProblem.of(Kind.ROBOTS_UNAVAILABLE, current.getHost()));
                }
                String path = current.getRawPath() == null || current.getRawPath().isEmpty() ? "/" : current.getRawPath();
                if (!rules.allows(current.getRawQuery() == null ? path : path + "?" + current.getRawQuery())) {
                    throw new FetchProblem.Exception(FetchProblem.of(Kind.ROBOTS_DISALLOWED, current.getHost()));
                }
            }
            HttpResponse<byte[]> response = get(current, maxBytes);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchProblem.Exception(FetchProblem.of(Kind.TOO_MANY_REDIRECTS, settings.maxRedirects()));
                }
                URI next = WebAddress.resolve(current, response.headers().firstValue("location").orElse(null));
                if (!seen.add(next)) {
                    throw new FetchProblem.Exception(FetchProblem.of(Kind.REDIRECT_LOOP, next));
                }
                current = next;
                continue;
            }
            if (status == 404 || status == 410) {
                throw new FetchProblem.Exception(FetchProblem.of(Kind.NOT_FOUND, status));
            }
            if (status < 200 || status >= 300) {
                throw new FetchProblem.Exception(FetchProblem.of(Kind.HTTP_STATUS, status));
            }
            String type = response.headers().firstValue("content-type").orElse("");
            String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String charset = null;
            for (String param : type.split(";")) {
                String p = param.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring("charset=".length()).replace("\"", "").strip();
                }
            }
            return new Page(address, current, mediaType, charset, response.body());
        }
    }

    /** The robots.txt rules of the address's origin, read once in a while. */
    private RobotsTxt robotsOf(URI page) throws FetchProblem.Exception {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        long now = System.nanoTime();
        CachedRobots cached = robots.get(origin);
        if (cached != null && now - cached.until() < 0) {
            return cached.robots();
        }
        RobotsTxt rules = readRobots(URI.create(origin + "/robots.txt"));
        if (robots.size() >= ROBOTS_CACHE_SIZE) {
            robots.clear();
        }
        robots.put(origin, new CachedRobots(rules, now + ROBOTS_KEPT.toNanos()));
        return rules;
    }

    private RobotsTxt readRobots(URI address) throws FetchProblem.Exception {
        try {
            Page page = follow(address, false, ROBOTS_MAX_BYTES);
            return RobotsTxt.parse(new String(page.body(), StandardCharsets.UTF_8), settings.userAgent());
        } catch (FetchProblem.Exception e) {
            return switch (e.problem().kind()) {
                // the site cannot be reached at all: say that, not something about robots.txt
                case UNKNOWN_HOST, UNREACHABLE, TIMEOUT, PRIVATE_ADDRESS, FAILED -> throw e;
                // RFC 9309: a server error means "assume complete disallow"
                case HTTP_STATUS -> Integer.parseInt(e.problem().args().get(0)) >= 500 ? RobotsTxt.DISALLOW_ALL : RobotsTxt.ALLOW_ALL;
                // not there (4xx), too large, redirected too often: unavailable, everything may be read
                default -> RobotsTxt.ALLOW_ALL;
            };
        }
    }

    private HttpResponse<byte[]> get(URI address, long maxBytes) throws FetchProblem.Exception {
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent() + "/1.0 (cooperation project import)")
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.5")
                .GET()
                .build();
        // set on the client's thread when the headers are in, read here while waiting
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> {
            boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            LimitedBody subscriber = new LimitedBody(maxBytes, wanted, wanted && declared > maxBytes);
            body.set(subscriber);
            return subscriber;
        });
        long timeout = settings.timeout().toNanos();
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    return answer.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillComing) {
                    long now = System.nanoTime();
                    LimitedBody b = body.get();
                    boolean idle = b != null && now - b.lastActivity > timeout;
                    boolean tooLong = now - started > 6 * timeout;
                    if (idle || tooLong) {
                        if (b != null) {
                            b.cancel();
                        }
                        answer.cancel(true);
                        throw new FetchProblem.Exception(FetchProblem.of(Kind.TIMEOUT, settings.timeout().toSeconds()));
                    }
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchProblem.Exception(FetchProblem.of(Kind.FAILED, "interrupted"));
        } catch (ExecutionException e) {
            throw new FetchProblem.Exception(problemOf(e.getCause(), address, maxBytes));
        }
    }

    private FetchProblem problemOf(Throwable error, URI address, long maxBytes) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return FetchProblem.of(Kind.TOO_LARGE, maxBytes / (1024 * 1024));
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return FetchProblem.of(Kind.TIMEOUT, settings.timeout().toSeconds());
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return FetchProblem.of(Kind.UNKNOWN_HOST, address.getHost());
            }
            if (t instanceof ConnectException) {
                return FetchProblem.of(Kind.UNREACHABLE, address.getHost());
            }
            if (t instanceof SSLException) {
                return FetchProblem.of(Kind.FAILED, "TLS: " + t.getMessage());
            }
        }
        String what = error == null ? "" : error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return error instanceof IOException && "closed".equalsIgnoreCase(String.valueOf(error.getMessage()))
                ? FetchProblem.of(Kind.UNREACHABLE, address.getHost())
                : FetchProblem.of(Kind.FAILED, what.length() > 200 ? what.substring(0, 200) : what);
    }

    /** The body is over the limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the limit", null);
        }
    }

    /**
     * Collects a body up to a limit, noting when bytes last came; an unwanted body (a redirect's, an error page's)
     * is not read at all, and a body declared or found too large ends the exchange.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long limit;
        private final boolean wanted;
        private final boolean declaredTooLarge;
        private volatile long lastActivity = System.nanoTime();
        private volatile Flow.Subscription subscription;
        private long size;

        LimitedBody(long limit, boolean wanted, boolean declaredTooLarge) {
            this.limit = limit;
            this.wanted = wanted;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else if (!wanted) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            lastActivity = System.nanoTime();
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                size += item.remaining();
                if (size > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new HttpTimeoutException("no data"));
        }
    }
}
