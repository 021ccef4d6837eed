package eu.leadercoop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.Responses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** The public pages, rendered and read back as HTML in each language. */
@IntegrationTest
class PagesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void homePageListsTheExampleProjectsInTheBrowsersLanguage() {
        Document home = page("/", "et-EE,et;q=0.9,en;q=0.5");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("et");
        assertThat(home.selectFirst("h1").text()).isEqualTo("Koostööprojektid");
        assertThat(home.select("article h2").eachText()).containsExactly(
                ExampleProjectsApiIT.PIIRKONDADE, ExampleProjectsApiIT.WSPOLPRACA,
                ExampleProjectsApiIT.ARUKAD_KULAD, ExampleProjectsApiIT.VUNKI_MANO);
        Element smartVillages = home.select("article").get(2);
        assertThat(text(smartVillages)).contains("01.01.2021 – 31.12.2022", "Eelarve: 251 928 €", "Viitenumber 19302100001");
        assertThat(text(home.select("article").get(0))).contains("käimas", "(juhtpartner)");
    }

    @Test
    void browsersAskingForAnotherLanguageGetEnglishAndTheSwitchInTheHeaderChangesIt() {
        assertThat(page("/", "de-DE,de;q=0.9").selectFirst("h1").text()).isEqualTo("Cooperation projects");
        MvcTestResult switched = mvc.get().uri("/?lang=pl").header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange();
        Document polish = Jsoup.parse(Responses.body(switched));
        assertThat(polish.selectFirst("h1").text()).isEqualTo("Projekty współpracy");
        assertThat(switched.getResponse().getCookie("leadercoop-lang").getValue()).isEqualTo("pl");
        assertThat(polish.select(".lc-languages a").eachAttr("href")).containsExactly("/?lang=et", "/?lang=pl", "/?lang=en");
    }

    @Test
    void projectPageShowsPartnersLeadFirstWithJoinDateAndEachPartnersOwnActivitiesAndTheEvents() {
        Document p = page(projectLink(ExampleProjectsApiIT.PIIRKONDADE), "en");
        assertThat(p.selectFirst("h1").text()).isEqualTo(ExampleProjectsApiIT.PIIRKONDADE);
        assertThat(p.selectFirst("h1").attr("lang")).isEqualTo("et");
        Element partners = p.selectFirst("#partners + ul");
        assertThat(partners.select("li > a").eachText()).first().isEqualTo("MTÜ Lääne-Harju Koostöökogu");
        assertThat(text(partners.select("li").get(0))).contains("lead partner");
        assertThat(text(partners.select("li").get(4))).contains("MTÜ Kodukant Läänemaa", "joined 1 March 2024");
        assertThat(p.select("h3").eachText()).containsExactly("Joint activities",
                "Additional activities of MTÜ Ida-Harju Koostöökoda", "Additional activities of MTÜ Kodukant Läänemaa");
        assertThat(p.select(".lc-commitment").eachText()).contains(
                "at least 3 × meeting · in different partner regions", "at least 1 × seminar · in person");
        assertThat(p.select(".lc-timeline > li .lc-when").eachText()).containsExactly(
                "14 March 2024", "15 March 2024", "4–7 June 2024", "23–24 August 2024", "November 2024",
                "8 November 2024", "spring 2025");
        assertThat(text(p.select(".lc-timeline > li").get(2))).contains("conference", "Romania", "MTÜ Kodukant Läänemaa");
        assertThat(p.select("address a[href^=mailto]").eachText()).containsExactly("kai.kulbok@kklm.ee");
        assertThat(p.select("address a[href^=tel]").eachAttr("href")).containsExactly("tel:+3725522385");
    }

    @Test
    void projectPageShowsTheBudgetBlockInTheReadersLanguage() {
        Document et = page(projectLink(ExampleProjectsApiIT.ARUKAD_KULAD), "et");
        assertThat(text(et.selectFirst("#budget + p"))).isEqualTo("Partnerite eelarve kokku: 251 928 €");
        assertThat(et.select(".lc-budget tbody td").eachText().stream().map(PagesIT::spaces).toList())
                .containsExactly("33 000 €", "29 700 €", "3 300 € pole märgitud: maksumus miinus toetus", "90%");
        Document pl = page(projectLink(ExampleProjectsApiIT.WSPOLPRACA), "pl");
        assertThat(text(pl.selectFirst("#budget + p"))).isEqualTo("Budżet wszystkich partnerów: 176 072,20 zł");
        Document en = page(projectLink(ExampleProjectsApiIT.VUNKI_MANO), "en");
        assertThat(en.select(".lc-budget tbody td").eachText())
                .containsExactly("€33,002.80", "€29,702.52", "€3,300.28", "90%");
        assertThat(en.select(".alert-warning")).isEmpty();
        assertThat(en.select("#results + ul strong").eachText())
                .containsExactly("Target: ~200 participants", "Target: ~20 initiatives");
    }

    @Test
    @Transactional
    void budgetThatDoesNotAddUpShowsAVisibleWarningWithTheFigures() {
        MvcTestResult created = mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "en", "titles": {"en": "Figures that disagree"}, "publication_state": "published",
                 "partners": [{"organisation": "MTÜ PAIK", "budget": {"cost": 33000, "grant": 29700,
                               "own_contribution": 3000, "currency": "EUR"}}]}""").exchange();
        assertThat(created).hasStatus(201);
        Document p = page(created.getResponse().getHeader("Location").replace("/api", ""), "en");
        assertThat(text(p.selectFirst(".alert-warning li"))).isEqualTo(
                "MTÜ PAIK: grant €29,700 + own contribution €3,000 = €32,700, but the stated cost is €33,000.");
    }

    @Test
    void organisationPageListsItsProjectsAndWhoItCooperatedWith() {
        Document list = page("/organisations", "et");
        Element idaHarju = list.select("tbody th a").stream()
                .filter(a -> a.text().equals("MTÜ Ida-Harju Koostöökoda")).findFirst().orElseThrow();
        assertThat(text(idaHarju.parent())).contains("ka: Ida-Harju Koostöökoda MTÜ; IDA-HARJU KOOSTÖÖKODA");
        Document org = page(idaHarju.attr("href"), "et");
        assertThat(org.selectFirst("h1").text()).isEqualTo("MTÜ Ida-Harju Koostöökoda");
        assertThat(text(org)).contains("Harjumaa, Eesti", "tegevusrühm", "mittetulundusühing");
        assertThat(org.select("h2 + ul li > a[href^=/projects]").eachText()).containsExactly(
                ExampleProjectsApiIT.PIIRKONDADE, ExampleProjectsApiIT.ARUKAD_KULAD);
        assertThat(org.select("main a[href^=/organisations/]").eachText()).hasSize(15)
                .startsWith("MTÜ Lääne-Harju Koostöökogu", "MTÜ Põhja-Harju Koostöökogu");
    }

    @Test
    void aMissingProjectGetsA404PageInTheReadersLanguage() {
        MvcTestResult result = mvc.get().uri("/projects/999999").header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange();
        assertThat(result).hasStatus(404);
        Document page = Jsoup.parse(Responses.body(result));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Nie znaleziono");
    }

    private String projectLink(String title) {
        return page("/", "en").select("article h2 a").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElseThrow().attr("href");
    }

    private Document page(String uri, String acceptLanguage) {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }

    /** Visible text with no-break and narrow no-break spaces (the locales' digit grouping) as plain spaces. */
    private static String text(Element e) {
        return spaces(e.text());
    }

    private static String spaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
