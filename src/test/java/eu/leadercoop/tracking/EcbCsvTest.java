package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.tracking.internal.EcbCsv;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two layouts of the ECB's euro reference rates CSV. The figures here are test fixtures in the ECB's
 * layout, not ECB rates.
 */
class EcbCsvTest {

    @Test
    void readsTheHistoryLayoutWithIsoDatesNotQuotedCurrenciesAndTrailingCommas() {
        List<EcbCsv.Day> days = read("""
                Date,USD,CYP,PLN,
                2023-10-31,1.5000,N/A,4.4000,
                2023-10-27,1.2500,N/A,4.5000,
                """);
        assertThat(days).extracting(EcbCsv.Day::date).containsExactly(LocalDate.of(2023, 10, 31), LocalDate.of(2023, 10, 27));
        assertThat(days.getFirst().rates()).containsExactly(Map.entry("USD", new BigDecimal("1.5000")), Map.entry("PLN", new BigDecimal("4.4000")));
    }

    @Test
    void readsTheDailyLayoutWithSpacesAfterCommasAndTheDateWrittenOut() {
        List<EcbCsv.Day> days = read("\uFEFFDate, USD, JPY, PLN, \r\n25 October 2024, 1.2000, 150.25, 4.2500, \r\n");
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 25));
            assertThat(d.rates()).containsEntry("JPY", new BigDecimal("150.25")).hasSize(3);
        });
    }

    @Test
    void namesTheLineOfEachKindOfProblem() {
        assertProblem("Datum,USD,\n2024-01-02,1.1,\n", 1, "line 1: the first column must be Date, as in the ECB's eurofxref files, not 'Datum'");
        assertProblem("Date,USD,zł,\n", 1, "line 1: column 3 'zł' is not a currency code such as PLN");
        assertProblem("Date,USD,USD,\n", 1, "line 1: USD is a column twice");
        assertProblem("Date,USD,PLN,\n2024-01-03,1.1,4.3,\n2024-01-02,1.1,\n", 3, "line 3: has 2 values, the header has 3 columns");
        assertProblem("Date,USD,\n2024-01-03,1.1,\n\n2024-02-30,1.1,\n", 4,
                "line 4: '2024-02-30' is not a date such as 2024-10-25 or 25 October 2024");
        assertProblem("Date,USD,PLN,\n2024-01-03,1.1,4,3,\n", 2, "line 2: has 4 values, the header has 3 columns");
        assertProblem("Date,USD,PLN,\n2024-01-03,1.1,4.3x,\n", 2, "line 2: PLN '4.3x' is not a number");
        assertProblem("Date,USD,PLN,\n2024-01-03,-1.1,4.3,\n", 2, "line 2: USD -1.1 is not a rate (more than 0, at most 6 decimals)");
        assertProblem("Date,USD,\n2024-01-03,1.1,\n2024-01-03,1.2,\n", 3, "line 3: 2024-01-03 is already on line 2");
        assertProblem("", 0, "the file is empty");
        assertProblem("Date,USD,\n\n", 0, "the file has a header but no rates");
    }

    private static void assertProblem(String csv, int line, String message) {
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RatesFileException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private static List<EcbCsv.Day> read(String csv) {
        return EcbCsv.read(new BufferedReader(new StringReader(csv)));
    }
}
