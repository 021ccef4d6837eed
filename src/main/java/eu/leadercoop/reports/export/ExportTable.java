package eu.leadercoop.reports.export;

import java.util.List;

/**
 * One export as a table, whatever file it becomes: named columns and rows of cell values. A cell is text
 * ({@link String}), a number ({@link Number}: {@link java.math.BigDecimal} for money) or empty ({@code null}).
 * CSV and XLSX are written from the same table, so both files carry the same values.
 */
public record ExportTable(String name, List<String> columns, List<List<Object>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
