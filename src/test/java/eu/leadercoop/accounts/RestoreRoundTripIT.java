package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restoring a version states the whole record again through the same checks as any submission; done
 * on a record as it stands, it changes nothing at all. Tried on copies of every example project, whose
 * records use every part of the model (activities with commitments, events delivering them, budgets,
 * media, contacts, sources).
 */
@IntegrationTest
class RestoreRoundTripIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Projects projects;

    @Autowired
    JsonMapper json;

    @Autowired
    ResourcePatternResolver resources;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void restoringTheVersionARecordIsAtChangesNoField() throws IOException {
        UserAccount admin = accounts.administrator();
        for (Resource file : resources.getResources("classpath:examples/projects/*.json")) {
            ProjectDraft example;
            try (InputStream in = file.getInputStream()) {
                example = json.readValue(in, ProjectDraft.class);
            }
            ProjectDetails copy = projects.create(withoutState(example));
            try {
                String history = body("/api/projects/" + copy.id() + "/history", admin);
                long created = ((Number) JsonPath.read(history, "$[0].number")).longValue();

                assertThat(mvc.post().uri("/api/projects/" + copy.id() + "/history/" + created + "/restore").with(accounts.as(admin))
                        .header("If-Match", "\"0\"")).as(file.getFilename()).hasStatusOk().hasHeader("ETag", "\"1\"");

                String after = body("/api/projects/" + copy.id() + "/history", admin);
                assertThat((List<String>) JsonPath.read(after, "$[*].kind")).containsExactly("changed", "created");
                assertThat((List<Map<String, String>>) JsonPath.read(after, "$[0].changes")).as(file.getFilename()).isEmpty();
                assertThat((List<Object>) JsonPath.read(body("/api/projects/" + copy.id(), admin), "$.events[*].activity_id"))
                        .as("events still deliver their activities").hasSameSizeAs(copy.events().stream()
                                .filter(e -> e.activityId() != null).toList());
            } finally {
                jdbc.update("delete from project where id = ?", copy.id());
            }
        }
    }

    private static ProjectDraft withoutState(ProjectDraft d) {
        return new ProjectDraft(d.language(), d.titles(), d.referenceNumber(), d.localCode(), d.period(), d.summary(),
                d.targetGroups(), d.website(), d.funding(), d.partnersTotal(), d.partners(), d.goals(), d.expectedResults(),
                d.activities(), d.events(), d.media(), d.contacts(), d.sources(), null);
    }

    private String body(String uri, UserAccount user) {
        return Responses.body(mvc.get().uri(uri).with(accounts.as(user)).exchange());
    }
}
