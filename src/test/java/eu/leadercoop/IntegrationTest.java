package eu.leadercoop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against a real database: the H2 file database or PostgreSQL, whichever the
 * build's failsafe execution points {@code spring.datasource.*} at. Every test class with this
 * annotation shares one application context, started on a freshly migrated database that holds the
 * example projects, with today's date pinned to {@link TestSupport#TODAY}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.flyway.clean-disabled=false")
@AutoConfigureMockMvc
@Import(TestSupport.class)
public @interface IntegrationTest {
}
