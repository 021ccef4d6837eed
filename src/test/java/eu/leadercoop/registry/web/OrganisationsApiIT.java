package eu.leadercoop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class OrganisationsApiIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyOrganisationInTheSeedsIsThereExactlyOnce() {
        String list = body("/api/organisations?size=100");
        assertThat((List<String>) JsonPath.read(list, "$.items[*].name")).containsExactlyInAnyOrder(
                "MTÜ Lääne-Harju Koostöökogu", "MTÜ Põhja-Harju Koostöökogu", "MTÜ Nelja Valla Kogu",
                "MTÜ Ida-Harju Koostöökoda", "MTÜ Raplamaa Partnerluskogu", "MTÜ Kodukant Läänemaa",
                "Tartumaa Arendusselts", "MTÜ Valgamaa Partnerluskogu", "Jõgevamaa Koostöökoda",
                "MTÜ Võrumaa Partnerluskogu", "Pärnu Lahe Partnerluskogu", "MTÜ Järva Arengu Partnerid", "MTÜ PAIK",
                "Rohelise Jõemaa Koostöökogu", "MTÜ Virumaa Koostöökogu", "Põlvamaa Partnerluskogu",
                "SA Võrumaa Arenduskeskus", "MTÜ Võrumaa Omavalitsuste Liit",
                "Lokalna Grupa Działania Ziemi Kraśnickiej", "Powiat Myszkowski",
                "Lokalna Grupa Działania „Puszcza Kozienicka”",
                "Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania");
        assertThat((List<String>) JsonPath.read(list, "$.items[?(@.kind == 'lag')].name")).hasSize(19);
    }

    @Test
    void theThreeSpellingsOfIdaHarjuKoostookodaAreOneOrganisation() {
        String list = body("/api/organisations?size=100");
        assertThat((List<List<String>>) JsonPath.read(list, "$.items[?(@.name == 'MTÜ Ida-Harju Koostöökoda')].aliases"))
                .singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("Ida-Harju Koostöökoda MTÜ", "IDA-HARJU KOOSTÖÖKODA");
        assertThat((List<Integer>) JsonPath.read(list, "$.items[?(@.name == 'MTÜ Ida-Harju Koostöökoda')].project_count"))
                .containsExactly(2);
    }

    @Test
    void organisationPageDataListsItsProjectsAndCooperationPartnersStrongestFirst() {
        String list = body("/api/organisations?size=100");
        int idaHarju = ((List<Integer>) JsonPath.read(list, "$.items[?(@.name == 'MTÜ Ida-Harju Koostöökoda')].id")).getFirst();
        String org = body("/api/organisations/" + idaHarju);
        assertThat((List<String>) JsonPath.read(org, "$.projects[*].title")).containsExactly(
                "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine", "Arukate külade arenguprogramm");
        // Lääne-Harju and Põhja-Harju are partners in both projects; the others in one.
        assertThat((List<String>) JsonPath.read(org, "$.cooperation_partners[0:2].name"))
                .containsExactly("MTÜ Lääne-Harju Koostöökogu", "MTÜ Põhja-Harju Koostöökogu");
        assertThat((List<Integer>) JsonPath.read(org, "$.cooperation_partners[*].shared_projects"))
                .startsWith(2, 2).hasSize(15);
    }

    @Test
    @Transactional
    void addingAnOrganisationUnderAnExistingOrganisationsSpellingIsRefused() {
        assertThat(mvc.post().uri("/api/organisations").with(accounts.as(accounts.editorOf("MTÜ PAIK"))).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Ida-Harju Koostöökoda", "kind": "lag", "country": "EE"}"""))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    @Transactional
    void addingAnOrganisationWithAnUnknownCountryNamesTheField() {
        assertThat(mvc.post().uri("/api/organisations").with(accounts.as(accounts.editorOf("MTÜ PAIK"))).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "LAG Somewhere", "kind": "lag", "country": "XX"}"""))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("country");
    }

    @Test
    void unknownOrganisationIsA404() {
        assertThat(mvc.get().uri("/api/organisations/999999")).hasStatus(404);
    }

    private String body(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }
}
