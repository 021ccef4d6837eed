package eu.leadercoop.search.index;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leadercoop.search.*}: which backend holds the index ({@code lucene}, embedded under the data
 * directory, or {@code elasticsearch} for an Elasticsearch or OpenSearch cluster, whose address and
 * version go in Hibernate Search's own {@code spring.jpa.properties.hibernate.search.backend.*}
 * settings), the reference rates for budget bands, whether a cluster can fold diacritics, whether to
 * rebuild a stale index at start, the rebuild's loading threads and how many projects each loads at
 * once (loading waits on the database, so more threads than cores pay off), and whether the rebuild
 * ends by merging each index into one segment.
 */
@ConfigurationProperties("leadercoop.search")
public record SearchSettings(
        @DefaultValue("lucene") String backend,
        Map<String, BigDecimal> euroRates,
        @DefaultValue("false") boolean elasticsearchFolding,
        @DefaultValue("true") boolean rebuildOnStart,
        @DefaultValue("4") int rebuildThreads,
        @DefaultValue("250") int rebuildBatchSize,
        @DefaultValue("false") boolean mergeAfterRebuild) {

    public SearchSettings {
        euroRates = euroRates == null ? Map.of() : euroRates;
        if (!backend.equals("lucene") && !backend.equals("elasticsearch")) {
            throw new IllegalArgumentException(
                    "leadercoop.search.backend must be lucene or elasticsearch, not '" + backend + "'");
        }
    }

    public boolean embedded() {
        return backend.equals("lucene");
    }
}
