package eu.leadercoop.reports;

import eu.leadercoop.accounts.TestAccounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.tracking.MeasureRules;
import eu.leadercoop.tracking.Rates;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
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
 * The project report as PDF, read back with PDFBox: titles, figures, commitment statuses and every Estonian
 * and Polish letter survive, in each language; bad requests get clear errors. Today is 01.09.2024.
 */
@IntegrationTest
class ProjectReportPdfIT {

    static final String SITE = "https://leadercoop.example";
    static final String LETTERS = "õäöüšž ąćęłńóśźż ÕÄÖÜŠŽ ĄĆĘŁŃÓŚŹŻ";

    @Autowired
    ProjectReports reports;

    @Autowired
    Projects projects;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Rates rates;

    @Autowired
    MeasureRules measureRules;

    @Test
    void smartVillagesInEstonianHasCoverBudgetFiguresAndTheMissedCommitments() {
        String text = text(reports.pdf(id(ExampleProjects.ARUKAD_KULAD), "et", SITE));
        assertThat(text).startsWith("Projekti aruanne Arukate külade arenguprogramm lõppenud 01.01.2021 – 31.12.2022");
        assertThat(text).contains("Viitenumber 19302100001", "Partneri projektinumber 2021/1",
                "Koostatud LeaderCoopis 01.09.2024 projekti ühise kirje põhjal.");
        assertThat(text).contains("Partnerite eelarve kokku 251 928 €",
                "MTÜ Järva Arengu Partnerid 33 000 € 29 700 € 3 300 € pole märgitud: maksumus miinus toetus 90%");
        assertThat(text).contains("vähemalt 6 × koolitusmoodul täitmata",
                "vähemalt 1 × välisõppereis · hiljemalt kevad 2022 täitmata");
        assertThat(text).contains("Tulemus Siht Saavutatud %",
                "Kokku on arvestatud 5 tööpäeva mentortuge igale külale/piirkonnale 5 mentorpäeva küla kohta");
    }

    @Test
    void vunkiManoBudgetLineAddsUpToTheCentAndBothHackathonsAreMet() {
        String et = text(reports.pdf(id(ExampleProjects.VUNKI_MANO), "et", SITE));
        assertThat(et).contains("SA Võrumaa Arenduskeskus 33 002,80 € 29 702,52 € 3 300,28 € 90%");
        assertThat(et).contains("vähemalt 2 × häkaton täidetud");
        assertThat(et).doesNotContain("Arvud ei klapi");
        String en = text(reports.pdf(id(ExampleProjects.VUNKI_MANO), "en", SITE));
        assertThat(en).startsWith("Project report Vunki mano! loometalgud completed September 2019 – December 2021");
        assertThat(en).contains("SA Võrumaa Arenduskeskus €33,002.80 €29,702.52 €3,300.28 90%",
                "at least 2 × hackathon met 2 of 2 hackathons held (March 2020, March 2021)",
                "kogukondadest ~200 participants", "edasiarendus ~20 initiatives");
    }

    @Test
    void polishBulletinIsInPolishWithTheZlotyBudgetAndTheMissedStudyTrips() {
        byte[] pdf = reports.pdf(id(ExampleProjects.WSPOLPRACA), null, SITE);
        String pl = text(pdf);
        assertThat(pl).startsWith("Raport z projektu " + ExampleProjects.WSPOLPRACA);
        assertThat(pl).contains("Budżet wszystkich partnerów 176 072,20 zł",
                "Lokalna Grupa Działania Ziemi Kraśnickiej", "Lokalna Grupa Działania „Puszcza Kozienicka”",
                "Działanie 4 KSOW", "niespełnione", "Podsumowanie projektu będzie stanowił biuletyn");
        assertThat(pl).contains("W euro", "Budżet 176 072,20 zł brak kursu EBC dla PLN do 31.10.2023");
        assertThat(documentTitle(pdf)).isEqualTo(ExampleProjects.WSPOLPRACA);
    }

    @Test
    @Transactional
    void withEcbRatesTheZlotyBudgetAlsoShowsInEuroWithTheRateAndItsDate() {
        // test fixture, not an ECB figure: 1 EUR = 4.4000 PLN on 31.10.2023, the project's last day
        rates.importFile("fixture.csv", new ByteArrayInputStream("""
                Date,USD,PLN,
                2023-10-31,N/A,4.4000,
                2023-10-27,N/A,4.5000,
                """.getBytes(StandardCharsets.UTF_8)));
        String pl = text(reports.pdf(id(ExampleProjects.WSPOLPRACA), "pl", SITE));
        assertThat(pl).contains("W euro Kwoty w innych walutach przeliczono na euro po kursie referencyjnym EBC z 31.10.2023",
                "Budżet 176 072,20 zł ≈ 40 016,41 € (1 EUR = 4,4000 PLN, kurs referencyjny EBC z 31.10.2023)");
        String et = text(reports.pdf(id(ExampleProjects.WSPOLPRACA), "et", SITE));
        assertThat(et).contains("Eelarve 176 072,20 PLN ≈ 40 016,41 € (1 EUR = 4,4000 PLN, EKP viitekurss 31.10.2023)");
    }

    @Test
    @Transactional
    void aGrantAboveTheMeasuresMaximumIsWarnedWithTheFigures() {
        // test fixture, not a real rule: measure 1.2 of Võrumaa Partnerluskogu's strategy at most 89 %
        measureRules.add("Võrumaa Partnerluskogu strateegia", "1.2", new BigDecimal("0.89"), "test fixture");
        String en = text(reports.pdf(id(ExampleProjects.VUNKI_MANO), "en", SITE));
        assertThat(en).contains("SA Võrumaa Arenduskeskus: the grant €29,702.52 is 90% of the cost €33,002.80; "
                + "the measure allows at most 89%, that is €29,372.49.");
    }

    @Test
    @Transactional
    void resultsShowWhatTheHeldEventsAchievedAgainstTheTarget() {
        long id = create("""
                {"language": "en", "titles": {"en": "Counting participants"}, "publication_state": "published",
                 "period": {"start": "2024-01", "end": "2025-06"},
                 "partners": [{"organisation": "MTÜ PAIK", "role": "lead_partner"}],
                 "activities": [{"key": "a", "label": "1", "text": "Seminars for members"}],
                 "expected_results": [{"text": "Members take part", "target": 200, "unit": "participants", "approximate": true},
                                      {"text": "Initiatives start", "target": 20, "unit": "initiatives", "achieved": 5}],
                 "events": [{"date": {"start": "2024-03-05"}, "type": "seminar", "title": "First", "participants": 70, "activity": "a"},
                            {"date": {"start": "2024-05-06"}, "type": "seminar", "title": "Second", "participants": 50, "activity": "a"},
                            {"date": {"start": "2024-11-07"}, "type": "seminar", "title": "Later", "participants": 90, "activity": "a"}]}""");
        String en = text(reports.pdf(id, "en", SITE));
        assertThat(en).contains("Members take part ~200 participants 120 participants participants of the events held 60 %",
                "Initiatives start 20 initiatives 5 initiatives as reported 25 %");
    }

    @Test
    void piirkondadeShowsEachCommitmentsStatusWithItsReasonAndTheEvents() {
        String en = text(reports.pdf(id(ExampleProjects.PIIRKONDADE), "en", SITE));
        assertThat(en).contains(
                "at least 1 × meeting / seminar / study trip met 1 of 1 meetings, seminars or study trips held (23–24 August 2024)",
                "at least 3 × meeting · in different partner regions on track 1 of 3 meetings held (online); "
                        + "1 not counted (region already used); 2 more needed in regions not yet used by 30 June 2025",
                "at least 1 × seminar · in person not started",
                "Commitment statuses are computed from the events recorded up to 1 September 2024.");
        assertThat(en).contains("4–7 June 2024 conference Osalemine rahvusvahelisel LEADER konverentsil LINC 2024 Rumeenias",
                "spring 2025 study trip abroad");
        assertThat(en).contains("Kodukant Läänemaa liitus koostööprojektiga");
        String et = text(reports.pdf(id(ExampleProjects.PIIRKONDADE), "et", SITE));
        assertThat(et).contains("graafikus koosolekud: toimunud 1/3 (veebis)");
    }

    @Test
    void everyGlyphComesFromTheEmbeddedDejaVuSans() throws IOException {
        try (PDDocument document = Loader.loadPDF(reports.pdf(id(ExampleProjects.WSPOLPRACA), "pl", SITE))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    @Transactional
    void estonianAndPolishLettersSurviveAndScriptInARecordStaysInertText() throws IOException {
        String script = "<script>alert('x')</script>";
        long id = create("""
                {"language": "et", "titles": {"et": "%s %s"}, "publication_state": "published",
                 "summary": "Kokkuvõte: %s",
                 "partners": [{"organisation": "MTÜ PAIK"}],
                 "goals": ["%s <img src=x onerror=alert(1)>"],
                 "media": [{"date": "2024-03-02", "title": "Päris leht", "url": "https://example.org/artikkel"}]}"""
                .formatted(script, LETTERS, LETTERS, LETTERS));
        MvcTestResult result = mvc.get().uri("/api/projects/" + id + "/report.pdf?lang=pl").exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] pdf = result.getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains(script + " " + LETTERS, "Kokkuvõte: " + LETTERS, LETTERS + " <img src=x onerror=alert(1)>");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getNames() == null
                    || document.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            List<String> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).contains("https://example.org/artikkel").noneMatch(l -> l.startsWith("javascript"));
            assertThat(links).anyMatch(l -> l.startsWith("http://localhost/organisations/"));
        }
    }

    @Test
    void aMissingProjectOrAnUnknownLanguageIsRefusedWithAClearError() {
        assertThatThrownBy(() -> reports.pdf(999_999, "et", SITE)).isInstanceOf(UnknownProjectException.class)
                .hasMessage("There is no published project 999999.");
        MvcTestResult api = mvc.get().uri("/api/projects/999999/report.pdf").exchange();
        assertThat(api).hasStatus(404);
        assertThat((String) JsonPath.read(Responses.body(api), "$.detail")).isEqualTo("There is no published project 999999.");
        MvcTestResult page = mvc.get().uri("/projects/999999/report.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "et").exchange();
        assertThat(page).hasStatus(404);
        assertThat(Jsoup.parse(Responses.body(page)).selectFirst("h1").text()).isEqualTo("Ei leitud");

        long id = id(ExampleProjects.VUNKI_MANO);
        MvcTestResult language = mvc.get().uri("/api/projects/" + id + "/report.pdf?lang=de").exchange();
        assertThat(language).hasStatus(400);
        String problem = Responses.body(language);
        assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("lang");
        assertThat((String) JsonPath.read(problem, "$.errors[0].message"))
                .isEqualTo("Unknown language 'de': reports are written in et, pl or en.");
        MvcTestResult languagePage = mvc.get().uri("/projects/" + id + "/report.pdf?lang=de")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange();
        assertThat(languagePage).hasStatus(400);
        Document shown = Jsoup.parse(Responses.body(languagePage));
        assertThat(shown.selectFirst("h1").text()).isEqualTo("Nie można sporządzić raportu");
        assertThat(shown.selectFirst("h1 + p").text()).isEqualTo(
                "Nie ma raportu w języku „de”. Raporty są sporządzane po estońsku (et), polsku (pl) i angielsku (en).");
    }

    @Test
    void theProjectPageLinksToItsReportInTheReadersLanguageAndThePageRouteServesIt() {
        long id = id(ExampleProjects.VUNKI_MANO);
        MvcTestResult page = mvc.get().uri("/projects/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "pl").exchange();
        Document html = Jsoup.parse(Responses.body(page));
        assertThat(html.selectFirst("a.lc-report-link").attr("href")).isEqualTo("/projects/" + id + "/report.pdf?lang=pl");
        assertThat(html.selectFirst("a.lc-report-link").text()).isEqualTo("Raport PDF");
        MvcTestResult pdf = mvc.get().uri("/projects/" + id + "/report.pdf?lang=pl").exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"leadercoop-project-" + id + "-pl.pdf\"");
        assertThat(text(pdf.getResponse().getContentAsByteArray())).startsWith("Raport z projektu Vunki mano! loometalgud");
    }

    private long id(String title) {
        return ExampleProjects.id(projects, title);
    }

    private long create(String json) {
        // records are written by signed-in users; an administrator may create and publish at once
        MvcTestResult created = mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(created).hasStatus(201);
        return ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
    }

    /** The PDF's text with every run of white space (line ends inside table cells too) as one space. */
    private static String text(byte[] pdf) {
        return PdfText.of(pdf).replaceAll("\\s+", " ").strip();
    }

    private static String documentTitle(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
