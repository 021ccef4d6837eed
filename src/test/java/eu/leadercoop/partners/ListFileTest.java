package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An uploaded list is read row by row: every faulty row is named with its number and reason. */
class ListFileTest {

    static final String GOOD = "Arenduskoda,MTÜ Arenduskoda,lag,EE,Harju maakond,https://arenduskoda.ee,arenduskoda@arenduskoda.ee,"
            + "5648 5208,2014-2020|2023-2027,https://arenduskoda.ee/,2026-12-07";

    @Test
    void everyInvalidRowIsNamedWithItsNumberAndReason() {
        String csv = LagDirectory.HEADER + "\n" + GOOD + "\n"
                + "Hiidlaste Koostöökogu,,lgd,EE,,,,,,https://kogu.hiiumaa.ee,2023-05-23\n"
                + "\n"
                + "Pärnu Lahe Partnerluskogu,,lag,EE,,https://parnulahe.ee,not an address,,,https://parnulahe.ee,2026-12-07\n";
        ListFile.Rows rows = ListFile.read("ee.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.valid()).extracting(ListFile.Valid::row).containsExactly(2);
        assertThat(rows.invalid()).extracting(ListFile.Invalid::row).containsExactly(3, 5);
        assertThat(rows.invalid().get(0).reason()).startsWith("unknown kind 'lgd'");
        assertThat(rows.invalid().get(0).name()).isEqualTo("Hiidlaste Koostöökogu");
        assertThat(rows.invalid().get(1).reason()).isEqualTo("e-mail 'not an address' is not an address");
    }

    @Test
    void aWrongHeaderRefusesTheWholeFile() {
        ListFile.Rows rows = ListFile.read("x.csv", ("name,country\n" + "Arenduskoda,EE\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rows.valid()).isEmpty();
        assertThat(rows.invalid()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(1);
            assertThat(r.reason()).contains(LagDirectory.HEADER);
        });
    }

    @Test
    void theSameOrganisationTwiceIsRefusedTheSecondTime() {
        String csv = LagDirectory.HEADER + "\n" + GOOD + "\n" + GOOD + "\n";
        ListFile.Rows rows = ListFile.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.invalid()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("the same organisation as row 2");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = (LagDirectory.HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ListFile.Rows rows = ListFile.read("x.csv", latin1);
        assertThat(rows.valid()).isEmpty();
        assertThat(rows.invalid()).singleElement().satisfies(r -> assertThat(r.reason()).contains("UTF-8"));
    }

    @Test
    void anXlsxSheetIsReadWithItsRowNumbersAndDatesAsIsoDates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("LAGs");
            write(sheet.createRow(0), LagDirectory.HEADER.split(","));
            write(sheet.createRow(1), GOOD.split(",", -1));
            Row dated = sheet.createRow(3); // row 3 of the sheet is left empty
            write(dated, "Kodukant Läänemaa", "", "lag", "EE", "Lääne maakond", "https://kodukant.ee", "", "", "2014-2020",
                    "https://kodukant.ee/", "");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            dated.getCell(10).setCellValue(LocalDate.of(2025, 3, 1));
            dated.getCell(10).setCellStyle(date);
            Row bad = sheet.createRow(4);
            write(bad, "Tartumaa Arendusselts", "", "lag", "Estonia", "", "", "", "", "", "https://tas.ee/", "2026-12-07");
            book.write(out);
            xlsx = out.toByteArray();
        }
        ListFile.Rows rows = ListFile.read("lags.xlsx", xlsx);
        assertThat(rows.valid()).extracting(ListFile.Valid::row).containsExactly(2, 4);
        assertThat(rows.valid().get(0).entry().phone()).isEqualTo("5648 5208");
        assertThat(rows.valid().get(1).entry().sourceDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(rows.invalid()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("country 'Estonia' is not an ISO 3166 code like EE");
        });
    }

    private static void write(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
