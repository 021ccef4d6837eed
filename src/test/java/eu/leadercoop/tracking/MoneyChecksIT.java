package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.model.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money checks with the seed figures: 251 928 € all partners' budget and JAP's 33 000 € / 29 700 € (seed 002),
 * 33 002,80 € = 29 702,52 € + 3 300,28 € (seed 003, measure 1.2 of Võrumaa Partnerluskogu's strategy),
 * 176 072,20 zł (seed 004). The rates and the measure rule are test fixtures, not ECB figures or real rules:
 * 1 EUR = 4.4000 PLN on 31.10.2023 and 4.5000 PLN on 27.10.2023; measure 1.2 at most 90 %.
 * Every test rolls back what it imports.
 */
@IntegrationTest
@Transactional
class MoneyChecksIT {

    static final String FIXTURE_RATES = """
            Date,USD,PLN,
            2023-10-31,N/A,4.4000,
            2023-10-27,N/A,4.5000,
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Rates rates;

    @Autowired
    MeasureRules rules;

    @Autowired
    MoneyChecks money;

    @Autowired
    Projects projects;

    @Test
    void polishBudgetOf176072Zloty20IsConvertedWithTheRateOfTheProjectsLastDayAndSaysItsDate() {
        rates.importFile("fixture.csv", csv(FIXTURE_RATES));
        String body = json(SeedProjects.WSPOLPRACA);
        assertThat((String) JsonPath.read(body, "$.conversion_date")).isEqualTo("2023-10-31");
        assertThat(decimal(body, "$.partners_total.amount.amount")).isEqualByComparingTo("176072.20");
        assertThat((String) JsonPath.read(body, "$.partners_total.amount.currency")).isEqualTo("PLN");
        // 176 072,20 / 4,4000 = 40 016,409… → 40 016,41 €
        assertThat(decimal(body, "$.partners_total.eur.eur.amount")).isEqualByComparingTo("40016.41");
        assertThat(decimal(body, "$.partners_total.eur.rate")).isEqualByComparingTo("4.4000");
        assertThat((String) JsonPath.read(body, "$.partners_total.eur.rate_date")).isEqualTo("2023-10-31");
    }

    @Test
    void partnersCostsInTwoCurrenciesAreComparedWithTheBudgetOfAllPartnersInEuroOnceRatesAreLoaded() {
        ProjectDetails project = projects.create(new ProjectDraft("et", java.util.Map.of("et", "Kaks valuutat"), null, null,
                new ProjectDraft.DateText("2023-01", "2023-10-31", null), null, java.util.List.of(), null, null,
                new ProjectDraft.Amount(new BigDecimal("1000"), "EUR"),
                java.util.List.of(new ProjectDraft.Partner(null, "MTÜ Lääne-Harju Koostöökogu", "lead_partner", null, null, null,
                                new ProjectDraft.Budget(new BigDecimal("600"), new BigDecimal("540"), null, "EUR")),
                        new ProjectDraft.Partner(null, "Lokalna Grupa Działania „Puszcza Kozienicka”", "partner", null, null, null,
                                new ProjectDraft.Budget(new BigDecimal("2000"), new BigDecimal("1800"), null, "PLN"))),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), "published"));
        assertThat(money.of(project).warnings()).extracting(ProjectDetails.BudgetWarning::code).containsExactly("partners_not_compared");

        rates.importFile("fixture.csv", csv(FIXTURE_RATES));
        // 600 € + 2 000 zł / 4,4000 (454,55 €) = 1 054,55 €, more than the 1 000 € of all partners
        ProjectDetails.BudgetWarning above = money.of(project).warnings().getFirst();
        assertThat(money.of(project).warnings()).hasSize(1);
        assertThat(above.code()).isEqualTo("partners_above_total");
        assertThat(above.currency()).isEqualTo("EUR");
        assertThat(above.amounts()).containsExactly(new BigDecimal("1054.55"), new BigDecimal("1000.00"));
    }

    @Test
    void aDayWithoutARateUsesTheLastOneBeforeItAndADayBeforeAllRatesHasNone() {
        rates.importFile("fixture.csv", csv(FIXTURE_RATES));
        Money budget = Money.of("176072.20", "PLN");
        Conversion sunday = rates.toEur(budget, LocalDate.of(2023, 10, 29)).orElseThrow();
        assertThat(sunday.rateDate()).isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(sunday.eur()).isEqualTo(Money.of("39127.16", "EUR")); // 176 072,20 / 4,5 = 39 127,155… → 39 127,16
        assertThat(rates.toEur(budget, LocalDate.of(2023, 10, 26))).isEmpty();
        assertThat(rates.toEur(Money.of("251928", "EUR"), LocalDate.of(2000, 1, 1)).orElseThrow())
                .satisfies(c -> assertThat(c.converted()).isFalse());
    }

    @Test
    void withoutRatesTheZlotyBudgetIsShownAsStatedWithNoEuroValue() {
        String body = json(SeedProjects.WSPOLPRACA);
        assertThat(decimal(body, "$.partners_total.amount.amount")).isEqualByComparingTo("176072.20");
        assertThat((java.util.Map<String, Object>) JsonPath.read(body, "$.partners_total")).containsOnlyKeys("amount");
    }

    @Test
    void arukadKuladStatesAllPartnersBudgetAndJapsCostAndGrantWhichAddUpWithNinetyPercent() {
        String body = json(SeedProjects.ARUKAD_KULAD);
        assertThat(decimal(body, "$.partners_total.amount.amount")).isEqualByComparingTo("251928.00");
        assertThat(decimal(body, "$.partners_total.eur.eur.amount")).isEqualByComparingTo("251928.00");
        assertThat((List<String>) JsonPath.read(body, "$.lines[*].organisation")).containsExactly("MTÜ Järva Arengu Partnerid");
        assertThat(decimal(body, "$.lines[0].cost.amount.amount")).isEqualByComparingTo("33000.00");
        assertThat(decimal(body, "$.lines[0].grant.amount.amount")).isEqualByComparingTo("29700.00");
        assertThat(decimal(body, "$.lines[0].own_contribution.amount.amount")).isEqualByComparingTo("3300.00");
        assertThat((Boolean) JsonPath.read(body, "$.lines[0].own_contribution_derived")).isTrue();
        assertThat(decimal(body, "$.lines[0].grant_rate")).isEqualByComparingTo("0.9");
        assertThat(decimal(body, "$.partner_costs_eur.amount")).isEqualByComparingTo("33000.00");
        assertThat((List<Object>) JsonPath.read(body, "$.warnings")).isEmpty();
    }

    @Test
    void vunkiManoGrantIsExactlyNinetyPercentOfCostWithinAMeasureRuleOfNinetyAndAboveOneOfEightyNine() {
        MeasureRule rule = rules.add("Võrumaa Partnerluskogu strateegia", "1.2", new BigDecimal("0.90"), "test fixture");
        ProjectDetails vunki = details(SeedProjects.VUNKI_MANO);
        MoneyCheck check = money.of(vunki);
        assertThat(check.measureRule()).isEqualTo(rule);
        assertThat(check.lines()).singleElement().satisfies(l -> {
            assertThat(l.cost().amount()).isEqualTo(Money.of("33002.80", "EUR"));
            assertThat(l.grant().amount()).isEqualTo(Money.of("29702.52", "EUR"));
            assertThat(l.ownContribution().amount()).isEqualTo(Money.of("3300.28", "EUR"));
            assertThat(l.grantRate()).isEqualByComparingTo("0.9");
        });
        assertThat(check.warnings()).isEmpty(); // 29 702,52 + 3 300,28 = 33 002,80 and 29 702,52 = 90 % of it exactly

        rules.remove(rule.id());
        rules.add("Võrumaa Partnerluskogu strateegia", "1.2", new BigDecimal("0.89"), "stricter test fixture");
        assertThat(money.of(vunki).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("grant_rate_above_maximum");
            assertThat(w.organisation()).isEqualTo("SA Võrumaa Arenduskeskus");
            assertThat(w.amounts()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                    new BigDecimal("29702.52"), new BigDecimal("33002.80"), new BigDecimal("0.9000"), new BigDecimal("0.89"),
                    new BigDecimal("29372.49")); // 33 002,80 × 0,89 = 29 372,492, rounded down to the cent
            assertThat(w.message()).isEqualTo("SA Võrumaa Arenduskeskus: the grant 29702.52 is 90 % of the cost 33002.80; "
                    + "Võrumaa Partnerluskogu strateegia 1.2 allows at most 89 %, 29372.49");
        });
    }

    @Test
    void aGrantOneCentAboveNinetyPercentIsFlaggedWithTheSumStillChecked() {
        rules.add("Võrumaa Partnerluskogu strateegia", "1.2", new BigDecimal("0.90"), "test fixture");
        String created = Responses.body(mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator())).contentType(MediaType.APPLICATION_JSON).content("""
                {"language": "et", "titles": {"et": "Kolmandad loometalgud"}, "publication_state": "published",
                 "period": {"start": "2022-01", "end": "2022-12"},
                 "funding": {"programme": "MTÜ Võrumaa Partnerluskogu strateegia", "measure": "1.2"},
                 "partners": [{"organisation": "SA Võrumaa Arenduskeskus", "role": "applicant",
                   "budget": {"cost": 33002.80, "grant": 29702.53, "own_contribution": 3300.28, "currency": "EUR"}}]}""")
                .exchange());
        Integer id = JsonPath.read(created, "$.id");
        String body = Responses.body(mvc.get().uri("/api/projects/" + id + "/money").exchange());
        assertThat((List<String>) JsonPath.read(body, "$.warnings[*].code")).containsExactly("sum_differs", "grant_rate_above_maximum");
        Document page = Jsoup.parse(Responses.body(mvc.get().uri("/dashboards/projects/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "et").exchange()));
        assertThat(page.select(".lc-money-warnings li").eachText()).containsExactly(
                "SA Võrumaa Arenduskeskus: toetus 29 702,53 € + omaosalus 3 300,28 € = 33 002,81 €, kuid märgitud maksumus on 33 002,80 €.",
                "SA Võrumaa Arenduskeskus: toetus 29 702,53 € on 90% maksumusest 33 002,80 €; meetme ülemmäär on 90% ehk 29 702,52 €.");
    }

    @Test
    void aMalformedRatesFileNamesTheLineAndChangesNothing() {
        rates.importFile("fixture.csv", csv(FIXTURE_RATES));
        int before = rates.coverage().stream().mapToInt(RateCoverage::days).sum();
        assertThatThrownBy(() -> rates.importFile("broken.csv", csv("""
                Date,USD,PLN,
                2023-11-02,N/A,4.3000,
                2023-11-01,N/A,4,3000,
                """))).isInstanceOf(RatesFileException.class).hasMessage("line 3: has 4 values, the header has 3 columns");
        assertThat(rates.coverage().stream().mapToInt(RateCoverage::days).sum()).isEqualTo(before);
        assertThat(rates.toEur(Money.of("100", "PLN"), LocalDate.of(2023, 11, 2)).orElseThrow().rateDate()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(rates.lastImport().orElseThrow().source()).isEqualTo("fixture.csv");
    }

    @Test
    void aNewerDailyFileAddsItsDayAndReplacesThatDayIfKnownAndAZippedFileIsReadToo() throws IOException {
        rates.importFile("fixture.csv", csv(FIXTURE_RATES));
        RatesImport daily = rates.importFile("eurofxref.zip", zip("eurofxref.csv", """
                Date, USD, PLN,\s
                31 October 2023, 1.5000, 4.4100,\s
                """));
        assertThat(daily.firstDate()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(daily.rates()).isEqualTo(2);
        assertThat(rates.toEur(Money.of("441", "PLN"), LocalDate.of(2023, 10, 31)).orElseThrow().eur()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(rates.coverage()).filteredOn(c -> c.currency().equals("PLN")).singleElement()
                .satisfies(c -> assertThat(c.days()).isEqualTo(2));
    }

    private ProjectDetails details(String title) {
        return projects.publishedDetails(SeedProjects.id(mvc, title), null).orElseThrow();
    }

    private String json(String title) {
        return Responses.body(mvc.get().uri("/api/projects/" + SeedProjects.id(mvc, title) + "/money").exchange());
    }

    private static BigDecimal decimal(String body, String path) {
        return new BigDecimal(JsonPath.read(body, path).toString());
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream zip(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
