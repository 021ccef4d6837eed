package eu.leadercoop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's contact, regions, territory and programming periods: edited in the form and the API, shown
 * on its page, wrong values refused by field. Each test's transaction is rolled back.
 */
@IntegrationTest
@Transactional
class OrganisationDirectoryFieldsIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Test
    void anAdministratorEntersContactRegionsTerritoryAndPeriodsAndThePageShowsThem() {
        long id = organisations.create(new OrganisationDraft("MTÜ Kolme Valla Kogu", List.of(), null, "lag", "EE", null, null)).id();
        UserAccount admin = accounts.administrator();
        Document form = Jsoup.parse(Responses.body(mvc.get().uri("/organisations/" + id + "/edit").with(accounts.as(admin)).exchange()));
        String version = form.select("form.lc-edit-form input[name=version]").val();
        assertThat(form.select("#f-email, #f-phone, #f-regions, #f-territory, #f-periods")).hasSize(5);

        MvcTestResult saved = mvc.post().uri("/organisations/" + id + "/edit").with(accounts.as(admin)).param("version", version)
                .param("name", "MTÜ Kolme Valla Kogu").param("kind", "lag").param("country", "EE")
                .param("email", "info@kolmevalla.example.ee").param("phone", "+372 5555 0000")
                .param("regions", "Harju maakond\nRapla maakond").param("territory", "Kolme valla ühine tegevuspiirkond")
                .param("periods", "2014-2020\n2023-2027").exchange();
        assertThat(saved).hasStatus(302);

        String json = Responses.body(mvc.get().uri("/api/organisations/" + id).exchange());
        assertThat((String) JsonPath.read(json, "$.email")).isEqualTo("info@kolmevalla.example.ee");
        assertThat((String) JsonPath.read(json, "$.phone")).isEqualTo("+372 5555 0000");
        assertThat((List<String>) JsonPath.read(json, "$.regions")).containsExactly("Harju maakond", "Rapla maakond");
        assertThat((String) JsonPath.read(json, "$.territory")).isEqualTo("Kolme valla ühine tegevuspiirkond");
        assertThat((List<String>) JsonPath.read(json, "$.periods")).containsExactly("2014-2020", "2023-2027");

        Document page = Jsoup.parse(Responses.body(mvc.get().uri("/organisations/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .exchange()));
        assertThat(page.select("dl.lc-facts dt").eachText()).contains("Regiony", "Obszar działania", "Okresy programowania");
        assertThat(page.select("dl.lc-facts a[href^=mailto:]").text()).isEqualTo("info@kolmevalla.example.ee");
        assertThat(page.select("dl.lc-facts a[href^=tel:]").attr("href")).isEqualTo("tel:+37255550000");
        assertThat(page.select("dl.lc-facts dd").eachText()).contains("Harju maakond, Rapla maakond", "2014-2020, 2023-2027");
    }

    @Test
    void aWrongEmailOrPeriodIsRefusedNamingTheField() {
        long id = organisations.create(new OrganisationDraft("MTÜ Nelja Küla Kogu", List.of(), null, "lag", "EE", null, null)).id();
        UserAccount admin = accounts.administrator();
        MvcTestResult refused = mvc.put().uri("/api/organisations/" + id).with(accounts.as(admin)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "MTÜ Nelja Küla Kogu", "kind": "flag", "country": "EE", "email": "not an address",
                         "periods": ["2014-2020", "from 2023"]}""").exchange();
        assertThat(refused).hasStatus(400);
        assertThat((List<String>) JsonPath.read(Responses.body(refused), "$.errors[*].field")).containsExactly("email", "periods[1]");
    }

    @Test
    void theNewKindsOfDesignMdAreAccepted() {
        for (String kind : List.of("flag", "municipality", "public_body")) {
            assertThat(organisations.create(new OrganisationDraft("Kind test " + kind, List.of(), null, kind, "EE", null, null))
                    .kind()).isEqualTo(kind);
        }
    }
}
