package eu.leadercoop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import eu.leadercoop.accounts.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against a real database: the H2 file database or PostgreSQL, whichever the
 * build's failsafe execution points {@code spring.datasource.*} at. Every test class with this
 * annotation shares one application context, started on a freshly migrated database that holds the
 * example projects, with today's date pinned to {@link TestSupport#TODAY}. {@link TestAccounts} makes users
 * and signs requests in as them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.flyway.clean-disabled=false",
        // Mail goes to the in-process SMTP server of MailServer, which moves it to its own port.
        "spring.mail.host=127.0.0.1", "spring.mail.port=2525",
        "leadercoop.admin.email=admin@test.leadercoop.eu", "leadercoop.admin.password=" + TestSupport.ADMIN_PASSWORD,
        "leadercoop.base-url=https://leadercoop.test",
        // the tests count on exactly the example projects' organisations; DirectoryIT loads the directory itself
        "leadercoop.directory.enabled=false"})
@AutoConfigureMockMvc
@Import({TestSupport.class, TestAccounts.class})
public @interface IntegrationTest {
}
