package eu.leadercoop.reports;

import eu.leadercoop.accounts.TestAccounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.reports.export.ExportTable;
import eu.leadercoop.reports.export.PublishedRegistry;
import eu.leadercoop.reports.export.RegistryTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of the published registry: CSV and XLSX carry the same values and parse back to them, the open-data
 * JSON validates against its schema, drafts stay out, and text from records cannot become a formula or markup.
 */
@IntegrationTest
class ExportsIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRegistry registry;

    /** Every organisation of the registry is exported: the 22 of the examples and any other test classes added. */
    @Autowired
    eu.leadercoop.registry.Organisations organisations;

    @Test
    void projectsCsvHasOneLinePerPublishedProjectWithTheSeedFigures() throws IOException {
        MvcTestResult result = mvc.get().uri("/api/export/projects.csv").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"leadercoop-projects.csv\"");
        String body = Responses.body(result);
        assertThat(body).startsWith("id,title,language,reference_number,local_code,period_start,period_end,"
                + "period_as_written,status,lead_partner,partners,partner_countries,partner_count,event_count,"
                + "budget_amount,budget_currency,programme,priority,objective,measure,website,themes\r\n");
        Map<String, CSVRecord> byTitle = csv(body).stream().collect(Collectors.toMap(r -> r.get("title"), r -> r));
        assertThat(byTitle).containsOnlyKeys(ExampleProjects.PIIRKONDADE, ExampleProjects.ARUKAD_KULAD,
                ExampleProjects.VUNKI_MANO, ExampleProjects.WSPOLPRACA);
        CSVRecord arukad = byTitle.get(ExampleProjects.ARUKAD_KULAD);
        assertThat(arukad.get("themes")).isEqualTo("smart-villages; social-innovation; innovation; green-transition; social-inclusion; internationalisation; community-development");
        assertThat(List.of(arukad.get("reference_number"), arukad.get("local_code"), arukad.get("period_start"),
                arukad.get("period_end"), arukad.get("status"), arukad.get("partner_count"), arukad.get("budget_amount"),
                arukad.get("budget_currency"))).containsExactly("19302100001", "2021/1", "2021-01-01", "2022-12-31",
                "completed", "13", "251928.00", "EUR");
        CSVRecord vunki = byTitle.get(ExampleProjects.VUNKI_MANO);
        assertThat(List.of(vunki.get("lead_partner"), vunki.get("budget_amount"), vunki.get("budget_currency"),
                vunki.get("measure"), vunki.get("period_start")))
                .containsExactly("SA Võrumaa Arenduskeskus", "33002.80", "EUR", "1.2 “Kogukonna arendamine läbi ühiskoostöö”", "2019-09");
        CSVRecord wspolpraca = byTitle.get(ExampleProjects.WSPOLPRACA);
        assertThat(List.of(wspolpraca.get("budget_amount"), wspolpraca.get("budget_currency"), wspolpraca.get("partner_countries"),
                wspolpraca.get("language"))).containsExactly("176072.20", "PLN", "PL", "pl");
        CSVRecord piirkondade = byTitle.get(ExampleProjects.PIIRKONDADE);
        assertThat(List.of(piirkondade.get("lead_partner"), piirkondade.get("event_count"), piirkondade.get("period_start"),
                piirkondade.get("budget_amount"))).containsExactly("MTÜ Lääne-Harju Koostöökogu", "7", "2024-01", "");
    }

    @Test
    void eventsCsvKeepsPartialDatesAsEdtfAndNamesTheActivityEachDelivers() throws IOException {
        List<CSVRecord> events = csv(body("/api/export/events.csv"));
        assertThat(events).hasSize(9);
        CSVRecord spring = events.stream().filter(e -> e.get("start").equals("2025-21")).findFirst().orElseThrow();
        assertThat(List.of(spring.get("type"), spring.get("date_as_written"), spring.get("organisers"),
                spring.get("activity_label"), spring.get("activity_partner"))).containsExactly("study_trip_abroad",
                "kevad 2025", "MTÜ Ida-Harju Koostöökoda; MTÜ Kodukant Läänemaa; MTÜ Nelja Valla Kogu", "1", "MTÜ Kodukant Läänemaa");
        CSVRecord linc = events.stream().filter(e -> e.get("country").equals("RO")).findFirst().orElseThrow();
        assertThat(List.of(linc.get("start"), linc.get("end"), linc.get("type"))).containsExactly("2024-06-04", "2024-06-07", "conference");
    }

    @Test
    void everyTableParsesBackFromCsvAndXlsxToTheSameValues() throws IOException {
        List<ExportTable> tables = List.of(RegistryTables.projects(registry.projects()),
                RegistryTables.events(registry.projects()), RegistryTables.organisations(registry.organisations()));
        for (ExportTable table : tables) {
            List<CSVRecord> csv = csv(body("/api/export/" + table.name() + ".csv"));
            List<List<Object>> xlsx = xlsx(bytes("/api/export/" + table.name() + ".xlsx"), table.columns());
            assertThat(csv).as(table.name()).hasSize(table.rows().size());
            assertThat(xlsx).as(table.name()).hasSize(table.rows().size());
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Object expected = table.rows().get(r).get(c);
                    String where = table.name() + " row " + (r + 1) + " " + table.columns().get(c);
                    assertThat(csv.get(r).get(c)).as(where).isEqualTo(expected == null ? "" : plain(expected));
                    Object cell = xlsx.get(r).get(c);
                    if (expected instanceof Number number) {
                        assertThat((BigDecimal) cell).as(where).isEqualByComparingTo(new BigDecimal(number.toString()));
                    } else {
                        assertThat(cell).as(where).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(tables.get(2).rows()).hasSize(organisations.all().size()).hasSizeGreaterThanOrEqualTo(22);
    }

    @Test
    @Transactional
    void draftsStayOutAndTextFromRecordsCannotBecomeAFormulaOrMarkup() throws IOException {
        String formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")";
        create("""
                {"language": "en", "titles": {"en": "%s"}, "publication_state": "published",
                 "partners": [{"organisation": "MTÜ PAIK"}],
                 "events": [{"date": {"start": "2024-05-02"}, "type": "seminar", "title": "@SUM(1+1) <script>alert(1)</script>"},
                            {"date": {"start": "2024-05-03"}, "type": "meeting", "title": "-2+3"}]}""".formatted(formula));
        create("""
                {"language": "en", "titles": {"en": "A draft nobody may see yet"}, "publication_state": "draft",
                 "partners": [{"organisation": "MTÜ PAIK"}]}""");

        String title = "=HYPERLINK(\"http://evil.example\",\"click\")";
        List<CSVRecord> projects = csv(body("/api/export/projects.csv"));
        assertThat(projects).extracting(r -> r.get("title")).contains("'" + title).doesNotContain("A draft nobody may see yet");
        List<CSVRecord> events = csv(body("/api/export/events.csv"));
        assertThat(events).extracting(r -> r.get("title")).contains("'@SUM(1+1) <script>alert(1)</script>", "'-2+3");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/export/projects.xlsx")))) {
            Cell cell = findCell(workbook.getSheetAt(0), title);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/export/events.xlsx")))) {
            Cell cell = findCell(workbook.getSheetAt(0), "@SUM(1+1) <script>alert(1)</script>");
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        String openData = body("/api/export/open-data.json");
        assertThat((List<String>) JsonPath.read(openData, "$.projects[*].title")).contains(title)
                .doesNotContain("A draft nobody may see yet");
        assertThat((Integer) JsonPath.read(openData, "$.project_count")).isEqualTo(5);
    }

    @Test
    void openDataFileValidatesAgainstItsSchemaAndHoldsTheWholePublishedRegistry() {
        String body = body("/api/export/open-data.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new ByteArrayInputStream(bytes("/api/export/open-data.schema.json")));
        JsonNode json = new JsonMapper().readTree(body);
        List<Error> errors = schema.validate(json);
        assertThat(errors).as("schema violations").isEmpty();
        assertThat(json.get("format").asString()).isEqualTo("leadercoop-open-data");
        assertThat(json.get("schema").asString()).isEqualTo("http://localhost/api/export/open-data.schema.json");
        assertThat(json.get("project_count").asInt()).isEqualTo(4);
        assertThat(json.get("organisation_count").asInt()).isEqualTo(organisations.all().size()).isGreaterThanOrEqualTo(22);
        assertThat((List<String>) JsonPath.read(body, "$.projects[*].title")).containsExactlyInAnyOrder(
                ExampleProjects.PIIRKONDADE, ExampleProjects.ARUKAD_KULAD, ExampleProjects.VUNKI_MANO, ExampleProjects.WSPOLPRACA);
        assertThat((List<Object>) JsonPath.read(body, "$.projects[?(@.reference_number == '19302100001')].budget.partners_total.amount"))
                .containsExactly(251928.00);
        assertThat((List<String>) JsonPath.read(body, "$.projects[*].events[*].start")).contains("2025-21", "2024-06-04");

        JsonNode broken = new JsonMapper().readTree(body.replaceFirst("\"2025-21\"", "\"spring 2025\""));
        assertThat(schema.validate(broken)).extracting(e -> e.getInstanceLocation().toString())
                .singleElement().asString().endsWith("start");
    }

    @Test
    void anUnknownExportIsA404ThatNamesTheExportsThereAre() {
        MvcTestResult result = mvc.get().uri("/api/export/partners.csv").exchange();
        assertThat(result).hasStatus(404);
        assertThat((String) JsonPath.read(Responses.body(result), "$.detail"))
                .isEqualTo("There is no export 'partners'; the exports are projects, events, organisations.");
    }

    @Test
    void openDataPageLinksEveryDownloadInTheReadersLanguage() {
        MvcTestResult result = mvc.get().uri("/open-data").header(HttpHeaders.ACCEPT_LANGUAGE, "et").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(Responses.body(result));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Avaandmed");
        assertThat(page.select("main a[href^=/api/export/]").eachAttr("href")).containsExactly(
                "/api/export/projects.csv", "/api/export/projects.xlsx", "/api/export/events.csv", "/api/export/events.xlsx",
                "/api/export/organisations.csv", "/api/export/organisations.xlsx", "/api/export/open-data.json",
                "/api/export/open-data.schema.json");
        assertThat(page.select(".lc-downloads tbody th").eachText()).containsExactly("Projektid", "Sündmused", "Organisatsioonid");
        assertThat(page.select("header a.nav-link").eachText()).contains("Statistika", "Avaandmed");
    }

    private long create(String json) {
        // records are written by signed-in users; an administrator may create and publish at once
        MvcTestResult created = mvc.post().uri("/api/projects").with(accounts.as(accounts.administrator()))
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(created).hasStatus(201);
        return ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
    }

    private String body(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Responses.body(result);
    }

    private byte[] bytes(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    /** The sheet's rows under the header, numbers as BigDecimal, empty cells as null. */
    private static List<List<Object>> xlsx(byte[] file, List<String> columns) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(columns);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    private static Cell findCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    /** How CSV writes a value: numbers plain, text guarded against formulas. */
    private static String plain(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String text = value.toString();
        return value instanceof Number ? text : eu.leadercoop.reports.export.FormulaGuard.csv(text);
    }
}
