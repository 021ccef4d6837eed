package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.fetch.FetchProblem.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on this machine. */
class PageFetcherTest {

    private static FixtureSite site;
    private static final PageFetcher FETCHER = new PageFetcher(new PageFetcher.Settings(true, Duration.ofSeconds(1),
            10L * 1024 * 1024, 5, "LeaderCoop"));

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite(Fixtures.seed(1));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static PageFetcher.Page fetch(String url) throws FetchProblem.Exception {
        return FETCHER.fetch(WebAddress.parse(url));
    }

    private static void refused(String url, Kind kind, String... args) {
        assertThatThrownBy(() -> fetch(url)).as(url).isInstanceOfSatisfying(FetchProblem.Exception.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(kind);
            if (args.length > 0) {
                assertThat(e.problem().args()).startsWith(args);
            }
        });
    }

    @Test
    void fetchesAPageAndFollowsRedirectsToIt() throws Exception {
        PageFetcher.Page page = fetch(site.url("/project"));
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<main>");
        PageFetcher.Page moved = fetch(site.url("/moved"));
        assertThat(moved.address()).isEqualTo(URI.create(site.url("/moved")));
        assertThat(moved.finalAddress()).isEqualTo(URI.create(site.url("/project")));
        assertThat(fetch(site.url("/hops/6")).finalAddress()).isEqualTo(URI.create(site.url("/project"))); // five redirects
    }

    @Test
    void errorsOfTheSiteAreNamed() {
        refused(site.url("/missing"), Kind.NOT_FOUND, "404");
        refused(site.url("/broken"), Kind.HTTP_STATUS, "500");
        refused(site.url("/loop-a"), Kind.REDIRECT_LOOP);
        refused(site.url("/hops/0"), Kind.TOO_MANY_REDIRECTS, "5");
        refused(site.url("/to-ftp"), Kind.SCHEME, "ftp");
        refused(site.url("/closed/project"), Kind.ROBOTS_DISALLOWED, "127.0.0.1");
    }

    @Test
    void aBodyOverTheLimitIsCutOffWhileItComes() {
        long start = System.nanoTime();
        refused(site.url("/huge"), Kind.TOO_LARGE, "10");
        refused(site.url("/huge-declared"), Kind.TOO_LARGE, "10");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aSiteThatIsSilentTooLongTimesOut() {
        refused(site.url("/slow"), Kind.TIMEOUT, "1");
        refused(site.url("/drip"), Kind.TIMEOUT, "1");
    }

    @Test
    void anAddressWhereNothingListensIsUnreachable() throws Exception {
        String closed = FixtureSite.closedPort();
        refused(closed, Kind.UNREACHABLE, "127.0.0.1");
        refused("http://no-such-host.invalid/projekt", Kind.UNKNOWN_HOST, "no-such-host.invalid");
    }

    @Test
    void addressesOfThisMachineAreRefusedUnlessTheSettingAllowsThem() {
        PageFetcher careful = new PageFetcher(PageFetcher.Settings.DEFAULTS);
        assertThatThrownBy(() -> careful.fetch(WebAddress.parse(site.url("/project"))))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Kind.PRIVATE_ADDRESS);
                    assertThat(e.problem().args()).containsExactly("127.0.0.1", "127.0.0.1");
                });
    }

    @Test
    void aRobotsTxtThatFailsWithAServerErrorClosesTheSiteAndOneThatIsMissingOpensIt() throws Exception {
        try (FixtureSite failing = new FixtureSite(Fixtures.seed(1), 503); FixtureSite missing = new FixtureSite(Fixtures.seed(1), 404)) {
            refused(failing.url("/project"), Kind.ROBOTS_UNAVAILABLE, "127.0.0.1");
            assertThat(fetch(missing.url("/closed/project")).body()).isNotEmpty();
        }
    }
}
