package eu.leadercoop.reports.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportTable} as CSV: RFC 4180 (comma, double quotes, CRLF), UTF-8 without a byte order
 * mark, one header line with the column names. Numbers are plain decimals with a point ({@code 251928.00});
 * dates are EDTF strings; lists inside a cell are separated by {@code "; "}. Text is guarded against formula
 * injection ({@link FormulaGuard}).
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvFiles() {
    }

    public static void write(ExportTable table, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(table.columns());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> FormulaGuard.csv(value.toString());
        };
    }
}
