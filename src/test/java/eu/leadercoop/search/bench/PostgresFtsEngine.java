package eu.leadercoop.search.bench;

import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The tool a user would otherwise pick: PostgreSQL full-text search over the same texts
 * ({@code tsvector} with a GIN index, configuration {@code simple} with {@code unaccent}, since
 * PostgreSQL 15 has no Estonian or Polish one), asked for the same page, total and facet counts
 * (each selected facet counted without its own filter) in one round trip per query.
 */
final class PostgresFtsEngine implements Engine {

    private static final Map<Facet, String> ARRAYS = Map.of(Facet.COUNTRY, "country", Facet.REGION, "region",
            Facet.ORGANISATION, "organisation", Facet.ROLE, "role", Facet.PROGRAMME, "programme", Facet.MEASURE, "measure",
            Facet.EVENT_TYPE, "event_type");
    private static final Map<Facet, Integer> LIMITS = Map.of(Facet.ORGANISATION, 15, Facet.PROGRAMME, 15,
            Facet.MEASURE, 15, Facet.REGION, 40, Facet.YEAR, 30);

    private final DataSource dataSource;
    private final LocalDate today;

    PostgresFtsEngine(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    @Override
    public String name() {
        return "postgres_fts";
    }

    @Override
    public List<Long> search(BenchQuery query) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder(matching(query, null, params));
            sql.append("select 'hit', id::text, 0 from (select id from m order by ").append(order(query.sort()))
                    .append(" limit ").append(BenchQuery.PAGE_SIZE).append(") h union all select 'total', null, count(*) from m");
            for (Facet facet : Facet.values()) {
                // the baseline has no thesaurus, so no themes to count (LeaderCoop counts one facet more)
                if (!query.filters().containsKey(facet) && facet != Facet.THEME) {
                    sql.append(" union all ").append(counts(facet));
                }
            }
            run(c, sql.toString(), params, ids);
            for (Facet selected : query.filters().keySet()) {
                List<Object> p = new ArrayList<>();
                run(c, matching(query, selected, p) + counts(selected), p, null);
            }
        }
        return ids;
    }

    private void run(Connection c, String sql, List<Object> params, List<Long> ids) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] texts) {
                    s.setArray(i + 1, c.createArrayOf("text", texts));
                } else if (p instanceof Integer[] numbers) {
                    s.setArray(i + 1, c.createArrayOf("integer", numbers));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (ids != null && "hit".equals(rs.getString(1))) {
                        ids.add(Long.parseLong(rs.getString(2)));
                    }
                }
            }
        }
    }

    /** {@code with q as (...), m as (...) } for the query's words and every filter but {@code except}'s. */
    private String matching(BenchQuery query, Facet except, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (query.text().isEmpty()) {
            sql.append("with m as materialized (select *, 0 as rank from bench_fts where true");
        } else {
            sql.append("with q as (select websearch_to_tsquery('simple', unaccent(?)) as q), "
                    + "m as materialized (select f.*, ts_rank(f.tsv, q.q) as rank from bench_fts f, q where f.tsv @@ q.q");
            params.add(query.text());
        }
        query.filters().forEach((facet, values) -> {
            if (facet != except) {
                sql.append(" and (").append(filter(facet, values, params)).append(")");
            }
        });
        return sql.append(") ").toString();
    }

    private String filter(Facet facet, List<String> values, List<Object> params) {
        if (ARRAYS.containsKey(facet)) {
            params.add(values.toArray(String[]::new));
            return ARRAYS.get(facet) + " && ?::text[]";
        }
        return switch (facet) {
            case YEAR -> {
                params.add(values.stream().map(Integer::valueOf).toArray(Integer[]::new));
                yield "year && ?::int[]";
            }
            case BUDGET -> String.join(" or ", values.stream().map(v -> {
                BudgetBand band = BudgetBand.of(v).orElseThrow();
                return "(budget_eur >= " + (band.from() == null ? "'-infinity'" : band.from()) + " and budget_eur < "
                        + (band.to() == null ? "'infinity'" : band.to()) + ")";
            }).toList());
            case STATUS -> String.join(" or ", values.stream().map(v -> switch (v) {
                case "planned" -> "first_day > '" + today + "'";
                case "completed" -> "last_day < '" + today + "'";
                case "running" -> "(first_day <= '" + today + "' and last_day >= '" + today + "')";
                default -> "first_day is null";
            }).toList());
            default -> throw new IllegalArgumentException(facet.toString());
        };
    }

    private String counts(Facet facet) {
        int limit = LIMITS.getOrDefault(facet, 50);
        if (ARRAYS.containsKey(facet)) {
            return "(select '" + facet.code() + "', x, count(*) from m, unnest(m." + ARRAYS.get(facet)
                    + ") x group by x order by 3 desc limit " + limit + ")";
        }
        return switch (facet) {
            case YEAR -> "(select 'year', x::text, count(*) from m, unnest(m.year) x group by x order by 3 desc limit " + limit + ")";
            case BUDGET -> "(select 'budget', case when budget_eur < 10000 then 'under_10k' when budget_eur < 50000 then 'from_10k_to_50k'"
                    + " when budget_eur < 100000 then 'from_50k_to_100k' when budget_eur < 500000 then 'from_100k_to_500k'"
                    + " else 'from_500k' end, count(*) from m where budget_eur is not null group by 2)";
            case STATUS -> "(select 'status', case when first_day > '" + today + "' then 'planned' when last_day < '" + today
                    + "' then 'completed' else 'running' end, count(*) from m where first_day is not null group by 2)";
            default -> throw new IllegalArgumentException(facet.toString());
        };
    }

    private static String order(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> "rank desc, start_day desc nulls last";
            case START_DATE_DESC -> "start_day desc nulls last, rank desc";
            case START_DATE_ASC -> "start_day asc nulls last, rank desc";
            case BUDGET_DESC -> "budget_eur desc nulls last, rank desc";
            case BUDGET_ASC -> "budget_eur asc nulls last, rank desc";
        };
    }

}
