package eu.leadercoop.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link ExportTable} as an XLSX workbook with one sheet: a bold, frozen header row, then numbers
 * as numeric cells and everything else as text cells. Text is never a formula in XLSX; text that a person
 * retyping it could turn into one is marked quote-prefixed ({@link FormulaGuard}). Rows are streamed, so a
 * large registry does not have to fit in memory as a workbook.
 */
public final class XlsxFiles {

    private XlsxFiles() {
    }

    /** {@code licence}: the open data's licence, kept in the workbook's properties (Rights, and the description). */
    public static void write(ExportTable table, OutputStream out, String licence) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty("Rights", licence);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setDescription("LeaderCoop open data, licence: " + licence);
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row first = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    write(row, c, values.get(c), quoted);
                }
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, int column, Object value, CellStyle quoted) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (FormulaGuard.looksLikeFormula(text)) {
                cell.setCellStyle(quoted);
            }
        }
    }
}
