package eu.leadercoop.web.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real headless Chromium on the running application, with the helpers browser tests share. Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (installed by {@code .ci/run}) are named
 * explicitly, so Selenium Manager never runs and nothing is downloaded; when either is missing every test
 * of the class fails saying what to install. One browser per test class ({@link BrowserTest} registers
 * {@link Lifecycle}); a failed test leaves a screenshot and the page's HTML in
 * {@code target/browser-screenshots/<TestClass>-<method>.png/.html}.
 */
public final class Browser implements AutoCloseable {

    /** Where Debian puts them; {@code -Dleadercoop.test.chromium=...} and {@code ...chromedriver=...} move them. */
    static final Path CHROMIUM = Path.of(System.getProperty("leadercoop.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("leadercoop.test.chromedriver", "/usr/bin/chromedriver"));

    static final Duration WAIT = Duration.ofSeconds(15);

    /** axe-core impacts that fail a page; "minor" and "moderate" are left to judgement. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String HTMX_BUSY =
            "return document.readyState !== 'complete'"
            + " || document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added') !== null;";

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(String baseUrl, Path logFile) {
        requireInstalled();
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("leadercoop-chromium-");
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en",
                // Even so Chromium looks up its update server and the default search engine (to preconnect):
                // no name resolves (the app is at 127.0.0.1), so nothing leaves the machine, not even a DNS query.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(logFile.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    private static void requireInstalled() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("The browser tests need Debian's headless Chromium and its driver, but "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing: install them with "
                    + "`apt-get install chromium chromium-driver` (.ci/run does), or point -Dleadercoop.test.chromium and "
                    + "-Dleadercoop.test.chromedriver at an installed pair.");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The address of {@code path} on the running application, e.g. {@code url("/search?q=x")}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Loads {@code path} (e.g. {@code "/?lang=et"}) and waits until the page and htmx are done. */
    public Browser open(String path) {
        driver.get(url(path));
        settle();
        return this;
    }

    /** The path and query of the current page, e.g. {@code /search?q=x&country=EE}. */
    public String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Follows the link with exactly this text, as a reader clicking it would, and waits for the page. */
    public Browser follow(String linkText) {
        find(By.linkText(linkText)).click();
        settle();
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    public WebElement find(String cssSelector) {
        return find(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /**
     * Clicks as a person would, after scrolling the element to the middle of the window at once: Bootstrap
     * scrolls smoothly, and a click aimed while the page still moves lands on whatever passes under it.
     */
    public Browser click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        return this;
    }

    /** Waits (up to {@link #WAIT}) until {@code condition} gives something other than null or false. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Waits until the document has loaded and no htmx request, swap or settle is under way. */
    public Browser settle() {
        waitUntil(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(HTMX_BUSY)));
        return this;
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Signs in through the real sign-in form, as a person would; fails when the form refuses. */
    public Browser signIn(String email, String password) {
        open("/login");
        WebElement form = find("main form[action$='/login']");
        form.findElement(By.name("email")).sendKeys(email);
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(d -> !currentPath().startsWith("/login") || currentPath().startsWith("/login?error"));
        if (currentPath().startsWith("/login")) {
            throw new AssertionError("signing in as " + email + " was refused: " + find("main .alert").getText());
        }
        settle();
        return this;
    }

    /** Signs in as a user made by {@link TestAccounts}, whose password is {@link TestAccounts#PASSWORD}. */
    public Browser signIn(UserAccount user) {
        return signIn(user.getEmail(), TestAccounts.PASSWORD);
    }

    /**
     * Forgets every cookie (session, language): the next page is seen as by a new visitor. Each test starts
     * so.
     */
    public Browser signOut() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /**
     * What the page wrote to the browser's console at level SEVERE since the last call: script errors,
     * failed loads, and the Content-Security-Policy's refusals.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Runs axe-core in the current page (injected through WebDriver, which the page's Content-Security-Policy
     * does not restrict) and fails listing every violation of impact serious or critical: rule, impact, help,
     * and each offending node's selector and HTML.
     */
    public Browser assertAccessible() {
        settle();
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + currentPath() + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " serious or critical accessibility violation(s) on "
                    + currentPath() + ":\n" + failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
        return this;
    }

    private static String describe(Rule rule) {
        StringBuilder s = new StringBuilder("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append(">");
        for (CheckedNode node : rule.getNodes()) {
            s.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
            if (node.getFailureSummary() != null) {
                s.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
            }
        }
        return s.toString();
    }

    /** Saves a screenshot and the page's HTML as {@code <dir>/<name>.png} and {@code .html}. */
    void saveEvidence(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /** target/ of the build (failsafe runs in the project's folder and sets {@code basedir}). */
    static Path target() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target");
    }

    /** Starts the browser before a test class, hands it to its methods, keeps the evidence of failures, closes it. */
    static final class Lifecycle
            implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            requireInstalled(); // before the application starts: fail at once
            String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
            String className = context.getRequiredTestClass().getSimpleName();
            Browser browser = new Browser("http://127.0.0.1:" + port,
                    target().resolve("browser-logs").resolve("chromedriver-" + className + ".log"));
            context.getStore(NAMESPACE).put(Browser.class, browser);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            Browser browser = browser(context);
            browser.signOut();
            browser.consoleErrors(); // reads away what earlier tests left in the console
        }

        @Override
        public void afterTestExecution(ExtensionContext context) throws IOException {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + invocation(context);
            browser(context).saveEvidence(target().resolve("browser-screenshots"), name);
        }

        /** "-2" for the second invocation of a parameterised test, "" otherwise. */
        private static String invocation(ExtensionContext context) {
            String id = context.getUniqueId();
            int at = id.lastIndexOf("-invocation:#");
            return at < 0 ? "" : "-" + id.substring(at + "-invocation:#".length(), id.length() - 1);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
            if (browser != null) {
                browser.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return browser(context);
        }

        private static Browser browser(ExtensionContext context) {
            Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
            if (browser == null) {
                throw new IllegalStateException("no browser: is the class annotated with @BrowserTest?");
            }
            return browser;
        }
    }
}
