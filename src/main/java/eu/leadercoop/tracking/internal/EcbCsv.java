package eu.leadercoop.tracking.internal;

import eu.leadercoop.tracking.RatesFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the ECB's euro reference rates CSV, in both layouts it publishes: the daily {@code eurofxref.csv}
 * ({@code Date, USD, JPY, ...} then {@code 25 October 2024, 1.0825, 164.45, ...}) and the history
 * {@code eurofxref-hist.csv} ({@code Date,USD,...} then {@code 2024-10-25,1.0825,...}, {@code N/A} where a
 * currency was not quoted). Each line ends with a comma, which is allowed. The whole file is checked before
 * anything is returned: the first problem is a {@link RatesFileException} naming its line.
 */
public final class EcbCsv {

    /** One day's rates: units of each currency for one euro. */
    public record Day(LocalDate date, Map<String, BigDecimal> rates) {
    }

    static final int MAX_LINES = 100_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter DAILY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private EcbCsv() {
    }

    public static List<Day> read(BufferedReader reader) {
        try {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Day> parse(BufferedReader reader) throws IOException {
        List<String> currencies = null;
        List<Day> days = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number > MAX_LINES) {
                throw new RatesFileException(number, "the file has more than " + MAX_LINES + " lines; is it a rates file?");
            }
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (currencies == null) {
                currencies = header(cells, number);
                continue;
            }
            Day day = row(cells, currencies, number);
            Integer first = lineOf.putIfAbsent(day.date(), number);
            if (first != null) {
                throw new RatesFileException(number, day.date() + " is already on line " + first);
            }
            days.add(day);
        }
        if (currencies == null) {
            throw new RatesFileException(0, "the file is empty");
        }
        if (days.isEmpty()) {
            throw new RatesFileException(0, "the file has a header but no rates");
        }
        return days;
    }

    /** The cells of a line, trimmed, without the empty cell after the trailing comma the ECB writes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.replaceAll(String::strip);
        if (cells.size() > 1 && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }

    private static List<String> header(List<String> cells, int number) {
        if (!cells.getFirst().equalsIgnoreCase("Date")) {
            throw new RatesFileException(number, "the first column must be Date, as in the ECB's eurofxref files, not '"
                    + cells.getFirst() + "'");
        }
        List<String> currencies = cells.subList(1, cells.size());
        if (currencies.isEmpty()) {
            throw new RatesFileException(number, "there are no currency columns after Date");
        }
        for (int i = 0; i < currencies.size(); i++) {
            String code = currencies.get(i);
            if (!CURRENCY.matcher(code).matches()) {
                throw new RatesFileException(number, "column " + (i + 2) + " '" + code + "' is not a currency code such as PLN");
            }
            if (currencies.indexOf(code) != i) {
                throw new RatesFileException(number, code + " is a column twice");
            }
        }
        return List.copyOf(currencies);
    }

    private static Day row(List<String> cells, List<String> currencies, int number) {
        if (cells.size() != currencies.size() + 1) {
            throw new RatesFileException(number, "has " + cells.size() + " values, the header has " + (currencies.size() + 1) + " columns");
        }
        LocalDate date = date(cells.getFirst(), number);
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (int i = 0; i < currencies.size(); i++) {
            String value = cells.get(i + 1);
            if (value.isEmpty() || value.equalsIgnoreCase("N/A")) {
                continue;
            }
            rates.put(currencies.get(i), rate(value, currencies.get(i), number));
        }
        return new Day(date, rates);
    }

    private static LocalDate date(String text, int number) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(text, DAILY);
            } catch (DateTimeParseException e) {
                throw new RatesFileException(number, "'" + text + "' is not a date such as 2024-10-25 or 25 October 2024");
            }
        }
    }

    private static BigDecimal rate(String text, String currency, int number) {
        BigDecimal rate;
        try {
            rate = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RatesFileException(number, currency + " '" + text + "' is not a number");
        }
        if (rate.signum() <= 0 || rate.scale() > 6 || rate.precision() - rate.scale() > 12) {
            throw new RatesFileException(number, currency + " " + text + " is not a rate (more than 0, at most 6 decimals)");
        }
        return rate;
    }
}
