package eu.leadercoop.partners;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list of organisations a person uploads: CSV (UTF-8, the directory files' format) or XLSX (its first
 * sheet, the same columns), read row by row so that every faulty row is named, not only the first.
 */
final class ListFile {

    /** A row that reads as an entry. */
    record Valid(int row, DirectoryEntry entry) {
    }

    /** A row that does not, and why. */
    record Invalid(int row, String name, String reason) {
    }

    record Rows(List<Valid> valid, List<Invalid> invalid) {
    }

    private ListFile() {
    }

    /** Reads {@code content}; an XLSX file is recognised by its name or its zip signature. */
    static Rows read(String fileName, byte[] content) {
        List<CsvRows.Row> rows;
        try {
            rows = isXlsx(fileName, content) ? xlsx(content) : csv(fileName, content);
        } catch (DirectoryFormatException e) {
            return new Rows(List.of(), List.of(new Invalid(e.line(), null, e.problem())));
        } catch (IOException | RuntimeException e) {
            return new Rows(List.of(), List.of(new Invalid(1, null, "the file is neither UTF-8 CSV nor XLSX: " + e.getMessage())));
        }
        if (rows.isEmpty() || !header(rows.getFirst().fields()).equals(LagDirectory.COLUMNS)) {
            return new Rows(List.of(), List.of(new Invalid(rows.isEmpty() ? 1 : rows.getFirst().line(), null,
                    "the first row must be the header " + LagDirectory.HEADER)));
        }
        List<Valid> valid = new ArrayList<>();
        List<Invalid> invalid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String name = row.fields().isEmpty() ? null : row.fields().getFirst().strip();
            try {
                DirectoryEntry entry = LagDirectory.entry(fileName, null, row);
                Integer earlier = seen.putIfAbsent(entry.id(), row.line());
                if (earlier != null) {
                    invalid.add(new Invalid(row.line(), name, "the same organisation as row " + earlier));
                } else {
                    valid.add(new Valid(row.line(), entry));
                }
            } catch (DirectoryFormatException | IllegalArgumentException e) {
                invalid.add(new Invalid(row.line(), name, e instanceof DirectoryFormatException d ? d.problem() : e.getMessage()));
            }
        }
        return new Rows(valid, invalid);
    }

    /** A cell as text; a date cell (source_date) as an ISO date whatever its display format. */
    private static String cell(Cell cell, DataFormatter text) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return text.formatCellValue(cell);
    }

    private static List<String> header(List<String> fields) {
        return fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean isXlsx(String fileName, byte[] content) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<CsvRows.Row> csv(String fileName, byte[] content) throws CharacterCodingException {
        // refuse bytes that are not UTF-8 rather than read them as something else
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content));
        return CsvRows.read(fileName == null ? "list.csv" : fileName,
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    /** The first sheet's rows as text, each with its row number as a spreadsheet shows it (from 1). */
    private static List<CsvRows.Row> xlsx(byte[] content) throws IOException {
        List<CsvRows.Row> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = LagDirectory.COLUMNS.size();
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>(width);
                boolean any = false;
                int last = Math.max(width, row.getLastCellNum());
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : cell(cell, text);
                    any |= !value.isBlank();
                    fields.add(value);
                }
                // trailing empty cells beyond the columns are not fields
                while (fields.size() > width && fields.getLast().isBlank()) {
                    fields.removeLast();
                }
                if (any) {
                    rows.add(new CsvRows.Row(row.getRowNum() + 1, List.copyOf(fields)));
                }
            }
        }
        return rows;
    }
}
