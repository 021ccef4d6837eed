package eu.leadercoop.importer;

import eu.leadercoop.TestSupport;
import eu.leadercoop.accounts.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the build's database (H2 file or PostgreSQL, like {@link eu.leadercoop.IntegrationTest}),
 * but in a schema of its own ({@value #SCHEMA}) and without the example projects: importing saves projects,
 * organisations and aliases, which must not change what the shared example-data tests count. Every class with this
 * annotation shares one context; {@link ImportFixtures#registryOrganisations} puts the seed organisations in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.flyway.clean-disabled=false",
        "leadercoop.examples.enabled=false",
        // the seed organisations only: the LAG directory's groups would be matched instead of them
        "leadercoop.directory.enabled=false",
        // import from web addresses reads fixture pages from a server on this machine
        "leadercoop.import.url.allow-private-addresses=true",
        "spring.flyway.schemas=" + ImporterIntegrationTest.SCHEMA,
        "spring.flyway.default-schema=" + ImporterIntegrationTest.SCHEMA,
        "spring.jpa.properties.hibernate.default_schema=" + ImporterIntegrationTest.SCHEMA,
        // a search index of its own: this context lives beside the shared one, on other data
        "leadercoop.search.index-dir=${leadercoop.data-dir}/index-" + ImporterIntegrationTest.SCHEMA})
@AutoConfigureMockMvc
@Import({TestSupport.class, TestAccounts.class})
public @interface ImporterIntegrationTest {

    String SCHEMA = "importer_it";
}
