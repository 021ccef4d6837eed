package eu.leadercoop.importer.web;

import eu.leadercoop.importer.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.annotation.Import;
import eu.leadercoop.importer.match.OrganisationDirectory;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import java.util.List;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.when;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The endpoint's behaviour on its own; that {@code POST /api/extract} is public and needs no CSRF token
 * under the application's real security chain is checked by the integration tests.
 */
@WebMvcTest(ExtractController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(OrganisationDirectory.class)
class ExtractControllerTest {

    @Autowired
    private MockMvc mvc;

    /** The registry knows one organisation, under two names; without stubbing it knows none. */
    @MockitoBean
    private Organisations organisations;

    @Test
    void extractsUploadedFilesInOrderWithFailuresAsObjects() throws Exception {
        mvc.perform(multipart("/api/extract")
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", Fixtures.bytes("seeds/" + Fixtures.SEEDS[2])))
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .file(new MockMultipartFile("file", "page.html", "text/html", Fixtures.bytes("variants/page.html"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].source").value("002.txt"))
                .andExpect(jsonPath("$[0].reference_number").value("19302100001"))
                .andExpect(jsonPath("$[0].budget.cost").value(33000.00))
                .andExpect(jsonPath("$[0].partners[0].organisation_id").value(nullValue()))
                .andExpect(jsonPath("$[1].source").value("empty.txt"))
                .andExpect(jsonPath("$[1].error").value("The file is empty."))
                .andExpect(jsonPath("$[2].title").value("Merest metsani: rannakülade koostöö"));
    }

    @Test
    void extractsPastedText() throws Exception {
        mvc.perform(post("/api/extract").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .content(Fixtures.seed(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].source").value("text"))
                .andExpect(jsonPath("$[0].events", hasSize(7)))
                .andExpect(jsonPath("$[0].events[4].date.start").value("2024-06-04"))
                .andExpect(jsonPath("$[0].events[4].country").value("RO"))
                .andExpect(jsonPath("$[0].website").value(nullValue()));
    }

    @Test
    void fillsOrganisationIdsWhereOneOrganisationOfTheRegistryFits() throws Exception {
        when(organisations.all()).thenReturn(List.of(new OrganisationSummary(12, "MTÜ Lääne-Harju Koostöökogu",
                List.of("Lääne-Harju Koostöökogu"), "non_profit_association", "lag", "EE", "EE-37", null, 2, 0)));
        mvc.perform(post("/api/extract").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .content(Fixtures.seed(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].partners[0].name").value("MTÜ Lääne-Harju Koostöökogu"))
                .andExpect(jsonPath("$[0].partners[0].organisation_id").value(12))
                .andExpect(jsonPath("$[0].partners[1].name").value("MTÜ Põhja-Harju Koostöökogu"))
                .andExpect(jsonPath("$[0].partners[1].organisation_id").value(nullValue()));
    }

    @Test
    void answersEmptyTextWithAMessage() throws Exception {
        mvc.perform(post("/api/extract").contentType(MediaType.TEXT_PLAIN).content(" "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").value("The text is empty."));
    }
}
