package eu.leadercoop.tracking.internal;

import eu.leadercoop.tracking.MeasureRule;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code measure_rule} table. */
@Repository
public class MeasureRuleStore {

    private final JdbcTemplate jdbc;

    MeasureRuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeasureRule> all() {
        return jdbc.query("select id, programme, measure, max_grant_rate, note from measure_rule order by programme, measure, id",
                (rs, i) -> new MeasureRule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
    }

    public long insert(String programme, String measure, BigDecimal maxGrantRate, String note, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into measure_rule (programme, measure, max_grant_rate, note, created_at) values (?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, programme);
            statement.setString(2, measure);
            statement.setBigDecimal(3, maxGrantRate);
            statement.setString(4, note);
            statement.setTimestamp(5, Timestamp.from(at));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public boolean delete(long id) {
        return jdbc.update("delete from measure_rule where id = ?", id) > 0;
    }
}
