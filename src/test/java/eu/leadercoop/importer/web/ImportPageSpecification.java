package eu.leadercoop.importer.web;

import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.importer.ImporterIntegrationTest;
import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectMerging;
import eu.leadercoop.registry.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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

    @Autowired
    TestAccounts accounts;

    ImportClient client;
    /** Imports are for signed-in editors; these specifications import as a network administrator. */
    RequestPostProcessor administrator;

    @BeforeEach
    void registryKnowsTheSeedOrganisations() {
        ImportFixtures.registryOrganisations(organisations, json);
        administrator = accounts.as(accounts.administrator());
        client = new ImportClient(mvc, administrator);
    }
}
