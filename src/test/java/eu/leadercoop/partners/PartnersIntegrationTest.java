package eu.leadercoop.partners;

import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.TestSupport;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the build's database, in a schema of its own ({@value #SCHEMA}), without the example
 * projects and the LAG directory: the partner tests publish projects and add organisations of their own, which must
 * not change what the shared example-data tests count (exports, statistics, facets).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.flyway.clean-disabled=false",
        "leadercoop.examples.enabled=false",
        "leadercoop.directory.enabled=false",
        "spring.flyway.schemas=" + PartnersIntegrationTest.SCHEMA,
        "spring.flyway.default-schema=" + PartnersIntegrationTest.SCHEMA,
        "spring.jpa.properties.hibernate.default_schema=" + PartnersIntegrationTest.SCHEMA,
        "leadercoop.search.index-dir=${leadercoop.data-dir}/index-" + PartnersIntegrationTest.SCHEMA})
@AutoConfigureMockMvc
@Import({TestSupport.class, TestAccounts.class})
@interface PartnersIntegrationTest {

    String SCHEMA = "partners_it";
}
