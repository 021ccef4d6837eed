package eu.leadercoop.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.Properties;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Any text and any amount survive a trip through the CSV export and a standard CSV reader: quotes, commas,
 * line breaks, Estonian and Polish letters, markup; text that could start a formula comes back with exactly
 * one apostrophe in front.
 */
class CsvFilesProperties {

    private static final String ALPHABET = "aõäöüšžąćęłńóśźż ,;\"'\n\r\t=+-@<>/&€zł0123456789";

    @Test
    void everyCellReadsBackAsWrittenOrGuarded() {
        Properties.forAll(500, CsvFilesProperties::table, table -> {
            List<CSVRecord> records = parse(write(table));
            assertThat(records).hasSize(table.rows().size());
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Object value = table.rows().get(r).get(c);
                    String read = records.get(r).get(c);
                    if (value == null) {
                        assertThat(read).isEmpty();
                    } else if (value instanceof BigDecimal amount) {
                        assertThat(new BigDecimal(read)).isEqualByComparingTo(amount);
                    } else if (FormulaGuard.looksLikeFormula((String) value)) {
                        assertThat(read).isEqualTo("'" + value);
                    } else {
                        assertThat(read).isEqualTo(value);
                    }
                }
            }
        });
    }

    private static ExportTable table(Random random) {
        List<List<Object>> rows = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            rows.add(Arrays.asList(text(random), random.nextInt(4) == 0 ? null : text(random),
                    random.nextBoolean() ? null : BigDecimal.valueOf(random.nextLong(-10_000_000, 10_000_000), 2)));
        }
        return new ExportTable("sample", List.of("a", "b", "amount"), rows);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String write(ExportTable table) {
        StringWriter out = new StringWriter();
        try {
            CsvFiles.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
