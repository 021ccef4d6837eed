package eu.leadercoop.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import eu.leadercoop.tracking.Rates;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Network statistics of the four example projects. Projects are placed by their lead partner (Piirkondade:
 * Lääne-Harju, EE-37, 2024), applicant (Vunki mano: SA Võrumaa Arenduskeskus, EE-86, 2019, 33 002,80 €) or,
 * where no role is given, first partner (Arukad külad: Tartumaa Arendusselts, EE-78, 2021, 251 928 €;
 * Współpraca: LGD Ziemi Kraśnickiej, PL-LU, 2022, 176 072,20 zł). Events: Piirkondade's seven (six in 2024,
 * the study trip abroad in spring 2025; only LINC has a country, RO) and Vunki mano's two hackathons
 * (EE-86, March 2020 and March 2021).
 */
@IntegrationTest
class StatisticsIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Rates rates;

    @Test
    void totalsCountEveryPublishedProjectAndEventAndKeepCurrenciesApart() {
        String stats = body("/api/statistics?lang=en");
        assertThat((Integer) JsonPath.read(stats, "$.totals.projects")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(stats, "$.totals.events")).isEqualTo(9);
        assertThat((List<Object>) JsonPath.read(stats, "$.totals.budgets[*].currency")).containsExactly("EUR", "PLN");
        assertThat((List<Object>) JsonPath.read(stats, "$.totals.budgets[*].amount")).containsExactly(284930.80, 176072.20);
        assertThat((List<String>) JsonPath.read(stats, "$.breakdowns[*].dimension"))
                .containsExactly("country", "region", "year", "measure", "event_type");
    }

    @Test
    void byCountryProjectsGoToTheLeadPartnersCountryAndEventsToTheirOwn() {
        String stats = body("/api/statistics?lang=en");
        assertThat(column(stats, "country", "label")).containsExactly("Estonia", "Poland", "Romania", "not stated");
        assertThat(column(stats, "country", "projects")).containsExactly(3, 1, 0, 0);
        assertThat(column(stats, "country", "events")).containsExactly(2, 0, 1, 6);
        assertThat((List<Object>) JsonPath.read(stats, "$.breakdowns[0].rows[0].budgets[*].amount")).containsExactly(284930.80);
        assertThat((List<Object>) JsonPath.read(stats, "$.breakdowns[0].rows[1].budgets[*].currency")).containsExactly("PLN");
        assertThat(column(stats, "region", "key")).containsExactly("EE-37", "EE-78", "EE-86", "PL-LU");
        assertThat(column(stats, "region", "label")).containsExactly("Harju County", "Tartu County", "Võru County",
                "Lublin Voivodeship", "not stated");
        assertThat(column(stats, "region", "projects")).containsExactly(1, 1, 1, 1, 0);
        assertThat(column(stats, "region", "events")).containsExactly(0, 0, 2, 0, 7);
    }

    @Test
    void byYearByMeasureAndByEventType() {
        String stats = body("/api/statistics?lang=en");
        assertThat(column(stats, "year", "key")).containsExactly("2019", "2020", "2021", "2022", "2024", "2025");
        assertThat(column(stats, "year", "projects")).containsExactly(1, 0, 1, 1, 1, 0);
        assertThat(column(stats, "year", "events")).containsExactly(0, 1, 1, 0, 6, 1);
        assertThat(column(stats, "measure", "projects")).containsExactly(1, 1, 2);
        assertThat(column(stats, "measure", "events")).containsExactly(2, 0, 7);
        assertThat(column(stats, "measure", "label").get(2)).isEqualTo("not stated");
        assertThat(column(stats, "event_type", "key")).containsExactly("hackathon", "online_meeting", "conference",
                "seminar", "study_trip", "study_trip_abroad", "year_end_event");
        assertThat(column(stats, "event_type", "events")).containsExactly(2, 2, 1, 1, 1, 1, 1);
        assertThat(column(stats, "event_type", "projects")).containsExactly(1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void theCsvHasTheSameNumbersWithOneBudgetColumnPerCurrency() throws IOException {
        MvcTestResult result = mvc.get().uri("/api/statistics.csv?lang=pl").exchange();
        assertThat(result).hasStatusOk();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Responses.body(result))).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames())
                .containsExactly("dimension", "key", "label", "projects", "events", "budget_eur", "budget_pln",
                        "budget_in_eur", "eur_rates");
        assertThat(rows).hasSize(4 + 5 + 6 + 3 + 7);
        CSVRecord estonia = rows.getFirst();
        assertThat(estonia.values()).containsExactly("country", "EE", "Estonia", "3", "2", "284930.80", "", "284930.80", "");
        CSVRecord poland = rows.get(1);
        assertThat(poland.values()).containsExactly("country", "PL", "Polska", "1", "0", "", "176072.20", "", "");
        CSVRecord notStated = rows.stream().filter(r -> r.get("dimension").equals("region") && r.get("key").isEmpty())
                .findFirst().orElseThrow();
        assertThat(notStated.get("label")).isEqualTo("nie podano");
    }

    @Test
    void thePageShowsTheSameNumbersAsTablesInTheReadersLanguageAndDrawsChartsFromTheApi() {
        MvcTestResult result = mvc.get().uri("/statistics").header(HttpHeaders.ACCEPT_LANGUAGE, "et").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(Responses.body(result));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Võrgustiku statistika");
        assertThat(page.selectFirst(".lc-total-projects").text()).isEqualTo("4");
        assertThat(page.selectFirst(".lc-total-events").text()).isEqualTo("9");
        assertThat(page.select(".lc-total-budgets span").eachText().stream().map(PdfText::spaces).toList())
                .containsExactly("284 930,80 €", "176 072,20 PLN");
        Element byCountry = page.selectFirst("table[data-dimension=country]");
        assertThat(byCountry.select("tbody th").eachText()).containsExactly("Eesti", "Poola", "Rumeenia", "märkimata");
        assertThat(byCountry.select("tbody tr").get(0).select("td").eachText().stream().map(PdfText::spaces).toList())
                .containsExactly("3", "2", "284 930,80 €", "284 930,80 €");
        assertThat(page.select("table[data-dimension=region] tbody tr").get(0).select("td").stream().map(Element::text).toList())
                .as("Harjumaa: no budget, so neither a sum nor a dash").containsExactly("1", "0", "", "");
        assertThat(page.select("table[data-dimension=region] tbody tr").get(3).select("td.lc-in-eur .lc-money").text())
                .as("Lublin: a złoty budget without a loaded rate").isEqualTo("–");
        assertThat(page.select("table[data-dimension=region] tbody tr").get(3).select("td.lc-in-eur .lc-no-rate").text())
                .as("the dash says why").isEqualTo("ümber arvestamata: nende eelarvete mõne valuuta EKP vahetuskurssi ei ole laaditud");
        assertThat(page.select("h2").eachText()).containsExactly("Riigiti", "Piirkonniti", "Aastati", "Meetmeti", "Sündmuse liigiti");
        assertThat(page.select("table[data-dimension=event_type] tbody th").eachText().getFirst()).isEqualTo("häkaton");
        assertThat(page.select("script[src]").eachAttr("src"))
                .anyMatch(src -> src.startsWith("/webjars/echarts/") && src.endsWith("/dist/echarts.min.js"));
        assertThat(page.select(".lc-chart").eachAttr("id")).containsExactly("chart-country", "chart-region", "chart-year",
                "chart-measure", "chart-event_type");
        // the charts' script is a file (the Content-Security-Policy allows no inline script); the page hands it
        // the data's address and the series' names
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/reports-statistics.js");
        Element charts = page.selectFirst("[data-statistics-source]");
        assertThat(charts.attr("data-statistics-source")).isEqualTo("/api/statistics?lang=et");
        assertThat(charts.attr("data-label-projects")).isEqualTo("Projektid");
    }

    @Test
    void withoutRatesOnlyEuroBudgetsHaveAEuroSumAndTheZlotyStaysApart() {
        String stats = body("/api/statistics?lang=en");
        assertThat((java.util.Map<String, Object>) JsonPath.read(stats, "$.totals")).doesNotContainKey("in_eur");
        assertThat(column(stats, "country", "in_eur.amount.amount")).containsExactly(284930.80);
    }

    @Test
    @Transactional
    void withEcbRatesTheZlotyBudgetIsAddedInEuroAndTheRateAndItsDateAreNamed() throws IOException {
        // test fixture, not an ECB figure: 1 EUR = 4.4000 PLN on 31.10.2023, the Polish project's last day
        rates.importFile("fixture.csv", new ByteArrayInputStream("""
                Date,USD,PLN,
                2023-10-31,N/A,4.4000,
                """.getBytes(StandardCharsets.UTF_8)));
        String stats = body("/api/statistics?lang=en");
        // 176 072,20 / 4,4 = 40 016,41 €; + 251 928 € + 33 002,80 €
        assertThat((Double) JsonPath.read(stats, "$.totals.in_eur.amount.amount")).isEqualTo(324947.21);
        assertThat((List<Object>) JsonPath.read(stats, "$.totals.in_eur.rates[*].currency")).containsExactly("PLN");
        assertThat((List<Object>) JsonPath.read(stats, "$.totals.in_eur.rates[*].rate")).containsExactly(4.4);
        assertThat((List<Object>) JsonPath.read(stats, "$.totals.in_eur.rates[*].date")).containsExactly("2023-10-31");
        assertThat(column(stats, "country", "in_eur.amount.amount")).containsExactly(284930.80, 40016.41);

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body("/api/statistics.csv"))).getRecords();
        assertThat(List.of(csv.get(1).get("budget_in_eur"), csv.get(1).get("eur_rates"))).containsExactly("40016.41", "PLN 4.4 2023-10-31");

        Document page = Jsoup.parse(Responses.body(mvc.get().uri("/statistics").header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange()));
        assertThat(PdfText.spaces(page.selectFirst(".lc-total-eur").text())).isEqualTo("324 947,21 € PLN: kurs EBC 4,4 z 31.10.2023");
    }

    @Test
    void anUnknownLanguageIsA400NamingTheParameter() {
        MvcTestResult result = mvc.get().uri("/api/statistics?lang=fi").exchange();
        assertThat(result).hasStatus(400);
        assertThat((String) JsonPath.read(Responses.body(result), "$.errors[0].field")).isEqualTo("lang");
    }

    private String body(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }

    private static List<Object> column(String stats, String dimension, String field) {
        return JsonPath.read(stats, "$.breakdowns[?(@.dimension == '" + dimension + "')].rows[*]." + field);
    }
}
