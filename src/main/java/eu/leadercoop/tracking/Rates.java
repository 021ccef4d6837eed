package eu.leadercoop.tracking;

import eu.leadercoop.registry.model.Money;
import eu.leadercoop.tracking.internal.EcbCsv;
import eu.leadercoop.tracking.internal.RateStore;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ECB euro reference rates: converting amounts to euro, and importing the ECB's CSV files (the daily
 * {@code eurofxref.csv}, the history {@code eurofxref-hist.csv}, or either zipped as the ECB serves them).
 * An import replaces the rates of the days the file holds and keeps the others, so a newer daily file adds
 * one day; a malformed file changes nothing.
 */
@Service
public class Rates {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final RateStore store;
    private final Clock clock;

    Rates(RateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * {@code money} in euro at the last reference rate published on or before {@code date} (rates exist for
     * working days only). Euro amounts come back as they are.
     *
     * @return empty when no rate of the currency is known on or before {@code date}
     */
    @Transactional(readOnly = true)
    public Optional<Conversion> toEur(Money money, LocalDate date) {
        if (money.currency().equals(EUR)) {
            return Optional.of(new Conversion(money, money, BigDecimal.ONE, null));
        }
        return store.onOrBefore(money.currency().getCurrencyCode(), date).map(rate -> new Conversion(money,
                new Money(money.amount().divide(rate.getValue(), 2, RoundingMode.HALF_UP), EUR), rate.getValue(), rate.getKey()));
    }

    /**
     * Reads a whole ECB rates file, then stores it in one transaction.
     *
     * @param source what to call the file in the import log (its name)
     * @throws RatesFileException naming the line of the first problem; nothing is stored then
     */
    @Transactional
    public RatesImport importFile(String source, InputStream in) {
        List<EcbCsv.Day> days = EcbCsv.read(reader(in));
        int rates = store.replace(days);
        RatesImport done = new RatesImport(source, clock.instant(),
                days.stream().map(EcbCsv.Day::date).min(Comparator.naturalOrder()).orElseThrow(),
                days.stream().map(EcbCsv.Day::date).max(Comparator.naturalOrder()).orElseThrow(), days.size(), rates);
        store.log(done);
        return done;
    }

    @Transactional(readOnly = true)
    public Optional<RatesImport> lastImport() {
        return store.lastImport();
    }

    /** For each currency with rates, its first and last day and how many days. */
    @Transactional(readOnly = true)
    public List<RateCoverage> coverage() {
        return store.coverage();
    }

    /** The CSV text of a plain file or of the first {@code .csv} in a zip. */
    private static BufferedReader reader(InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw);
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            InputStream csv = in;
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                ZipInputStream zip = new ZipInputStream(in);
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && !entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new RatesFileException(0, "the zip file holds no .csv file");
                }
                csv = zip;
            }
            return new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
