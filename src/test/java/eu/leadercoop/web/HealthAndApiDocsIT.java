package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class HealthAndApiDocsIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void healthIsUpWhenTheAppIsReady() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    /** Readiness follows the database, so that a load balancer stops sending requests while it is down. */
    @Test
    void readinessIncludesTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
                .bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheProjectAndOrganisationEndpoints() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .extractingPath("$.paths").asMap()
                .containsKeys("/api/projects", "/api/projects/{id}", "/api/organisations", "/api/organisations/{id}");
    }

    @Test
    void theThemeAndTheWebJarsAreServed() {
        assertThat(mvc.get().uri("/css/leadercoop.css")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/bootstrap/dist/css/bootstrap.min.css")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
    }
}
