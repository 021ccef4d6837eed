package eu.leadercoop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.Projects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The example projects are loaded on the first start only: a registry that holds anything is left as it is. */
@IntegrationTest
class ExampleDataIT {

    @Autowired
    ExampleData examples;

    @Autowired
    Projects projects;

    @Autowired
    Organisations organisations;

    @Test
    void aSecondStartLoadsNothingAgain() throws Exception {
        long projectsBefore = projects.count();
        int organisationsBefore = organisations.all().size();

        examples.run(new DefaultApplicationArguments());

        assertThat(projects.count()).isEqualTo(projectsBefore);
        assertThat(organisations.all()).hasSize(organisationsBefore);
    }
}
