package eu.leadercoop.importer.web;

import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.importer.ImporterIntegrationTest;
import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectMerging;
import eu.leadercoop.registry.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** What the import page specifications share: the application, a registry that knows the seed organisations. */
@ImporterIntegrationTest
abstract class ImportPageSpecification {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    Projects projects;
    @Autowired
    ProjectMerging merging;
    @Autowired
    ImportDrafts drafts;
    @Autowired
    JsonMapper json;

    ImportClient client;

    @BeforeEach
    void registryKnowsTheSeedOrganisations() {
        ImportFixtures.registryOrganisations(organisations, json);
        client = new ImportClient(mvc);
    }
}
