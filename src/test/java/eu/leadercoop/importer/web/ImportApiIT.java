package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.importer.ImporterIntegrationTest;
import eu.leadercoop.registry.Organisations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * {@code /api/import/drafts} feeds the review queue from scripts, and {@code POST /api/extract} answers with the
 * registry's organisation ids where it knows the partners.
 */
@ImporterIntegrationTest
class ImportApiIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    /** Scripts feed the review queue with an editor's API token. */
    RequestPostProcessor editor;

    @BeforeEach
    void registryKnowsTheSeedOrganisations() {
        ImportFixtures.registryOrganisations(organisations, json);
        editor = TestAccounts.bearer(accounts.tokenOf(accounts.administrator()));
    }

    @Test
    void savesDraftsFromFilesAndTextAndListsThemAsPending() {
        MvcTestResult files = mvc.perform(multipart("/api/import/drafts").with(editor)
                .file(new MockMultipartFile("file", "003.txt", "text/plain", Fixtures.bytes("seeds/" + Fixtures.SEEDS[3])))
                .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0])));
        assertThat(files).hasStatus(201);
        String body = Responses.body(files);
        assertThat((String) JsonPath.read(body, "$[0].source")).isEqualTo("003.txt");
        int draft = JsonPath.read(body, "$[0].draft_id");
        assertThat((String) JsonPath.read(body, "$[0].review")).isEqualTo("/import/drafts/" + draft);
        assertThat((String) JsonPath.read(body, "$[1].error")).isEqualTo("The file is empty.");

        MvcTestResult pending = mvc.get().uri("/api/import/drafts").with(editor).exchange();
        String list = Responses.body(pending);
        assertThat((List<String>) JsonPath.read(list, "$[?(@.id == " + draft + ")].title")).containsExactly("Vunki mano! loometalgud");
        assertThat((List<Integer>) JsonPath.read(list, "$[?(@.id == " + draft + ")].partners")).containsExactly(2);

        MvcTestResult nothing = mvc.post().uri("/api/import/drafts").with(editor).contentType(MediaType.TEXT_PLAIN).content(" ").exchange();
        assertThat(nothing).hasStatus(400);
        assertThat((String) JsonPath.read(Responses.body(nothing), "$[0].error")).isEqualTo("The text is empty.");
    }

    @Test
    void extractionOverHttpFillsTheOrganisationIdsTheRegistryKnows() {
        MvcTestResult result = mvc.post().uri("/api/extract").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .content(Fixtures.seed(1)).exchange();
        String body = Responses.body(result);
        long kodukant = ImportFixtures.organisation(organisations, "MTÜ Kodukant Läänemaa").id();
        long idaHarju = ImportFixtures.organisation(organisations, "MTÜ Ida-Harju Koostöökoda").id();
        assertThat((List<String>) JsonPath.read(body, "$[0].partners[*].name")).containsExactly("MTÜ Lääne-Harju Koostöökogu",
                "MTÜ Nelja Valla Kogu", "Ida-Harju Koostöökoda MTÜ", "MTÜ Põhja-Harju Koostöökogu", "Raplamaa Partnerluskogu MTÜ",
                "Kodukant Läänemaa");
        assertThat((Integer) JsonPath.read(body, "$[0].partners[2].organisation_id")).isEqualTo((int) idaHarju);
        assertThat((Integer) JsonPath.read(body, "$[0].partners[5].organisation_id")).isEqualTo((int) kodukant);
        assertThat((List<Object>) JsonPath.read(body, "$[0].partners[*].organisation_id")).doesNotContainNull();
    }
}
