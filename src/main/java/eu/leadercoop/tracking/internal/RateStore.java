package eu.leadercoop.tracking.internal;

import eu.leadercoop.tracking.RateCoverage;
import eu.leadercoop.tracking.RatesImport;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code exchange_rate} and {@code rate_import} tables: plain values, so plain JDBC. */
@Repository
public class RateStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    RateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last rate of {@code currency} on or before {@code day}: its day and value. */
    public Optional<Map.Entry<LocalDate, BigDecimal>> onOrBefore(String currency, LocalDate day) {
        return jdbc.query("select rate_date, rate from exchange_rate where currency = ? and rate_date <= ? "
                        + "order by rate_date desc fetch first 1 rows only",
                (rs, i) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)), currency, Date.valueOf(day))
                .stream().findFirst();
    }

    /** Replaces the rates of every day in {@code days} with the ones given; the caller's transaction. */
    public int replace(List<EcbCsv.Day> days) {
        List<Object[]> deletes = days.stream().map(d -> new Object[] {Date.valueOf(d.date())}).toList();
        for (int i = 0; i < deletes.size(); i += BATCH) {
            jdbc.batchUpdate("delete from exchange_rate where rate_date = ?", deletes.subList(i, Math.min(i + BATCH, deletes.size())));
        }
        List<Object[]> rows = new ArrayList<>();
        for (EcbCsv.Day day : days) {
            day.rates().forEach((currency, rate) -> rows.add(new Object[] {currency, Date.valueOf(day.date()), rate}));
        }
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate("insert into exchange_rate (currency, rate_date, rate) values (?, ?, ?)",
                    rows.subList(i, Math.min(i + BATCH, rows.size())));
        }
        return rows.size();
    }

    public void log(RatesImport done) {
        jdbc.update("insert into rate_import (source, imported_at, first_date, last_date, days, rates) values (?, ?, ?, ?, ?, ?)",
                done.source(), Timestamp.from(done.importedAt()), Date.valueOf(done.firstDate()), Date.valueOf(done.lastDate()),
                done.days(), done.rates());
    }

    public Optional<RatesImport> lastImport() {
        return jdbc.query("select source, imported_at, first_date, last_date, days, rates from rate_import order by id desc "
                        + "fetch first 1 rows only",
                (rs, i) -> new RatesImport(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getInt(5), rs.getInt(6)))
                .stream().findFirst();
    }

    public List<RateCoverage> coverage() {
        return jdbc.query("select currency, min(rate_date), max(rate_date), count(*) from exchange_rate group by currency order by currency",
                (rs, i) -> new RateCoverage(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getInt(4)));
    }

    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from exchange_rate", Integer.class);
        return n == null ? 0 : n;
    }
}
