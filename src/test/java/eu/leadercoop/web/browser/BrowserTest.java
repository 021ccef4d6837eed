package eu.leadercoop.web.browser;

import eu.leadercoop.TestSupport;
import eu.leadercoop.accounts.TestAccounts;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real HTTP port, driven by a real headless Chromium ({@link Browser}, one per
 * test class, handed to test methods as a parameter). Like {@link eu.leadercoop.IntegrationTest}: a freshly
 * migrated database with the example projects, today pinned to {@link TestSupport#TODAY}, users from
 * {@link TestAccounts}. This context (with a web server) lives beside the shared mock-MVC one, so it has an
 * H2 file database and a search index of its own (under {@code leadercoop.data-dir}, named {@value #NAME}).
 * Every class with this annotation shares it.
 *
 * <p>What a page does in a browser does not depend on the database, and the PostgreSQL execution of failsafe
 * covers the same pages through mock MVC: the build runs browser tests once, in the H2 execution. The
 * postgres execution excludes {@code eu/leadercoop/web/browser}; a browser test kept elsewhere needs its own
 * {@code <exclude>} there (pom.xml). Classes must be named {@code *IT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.clean-disabled=false",
        "spring.datasource.url=jdbc:h2:file:${leadercoop.data-dir}/db-" + BrowserTest.NAME
                + "/leadercoop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "leadercoop.search.index-dir=${leadercoop.data-dir}/index-" + BrowserTest.NAME,
        "spring.mail.host=127.0.0.1", "spring.mail.port=2525",
        "leadercoop.admin.email=admin@test.leadercoop.eu", "leadercoop.admin.password=" + TestSupport.ADMIN_PASSWORD,
        "leadercoop.base-url=https://leadercoop.test",
        "leadercoop.directory.enabled=false",
        // Selenium warns that it has no DevTools binding for this Chromium: the tests use none
        "logging.level.org.openqa.selenium.devtools=ERROR"})
@Import({TestSupport.class, TestAccounts.class})
@ExtendWith(Browser.Lifecycle.class)
public @interface BrowserTest {

    String NAME = "browser";
}
