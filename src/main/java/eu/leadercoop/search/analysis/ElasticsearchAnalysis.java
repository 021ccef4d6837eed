package eu.leadercoop.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzer names on an Elasticsearch or OpenSearch cluster. Our Estonian and Polish stemmers
 * are Java code that runs only in the embedded backend, and a minimal OpenSearch node has no
 * {@code analysis-common} module (no {@code lowercase} or {@code asciifolding} filter, no language
 * analyzers), so on a cluster every analyzer degrades to the built-in {@code standard} analyzer. Inflected
 * forms and words without their diacritics still find each other there: LeaderCoop analyses texts and
 * words itself for a cluster ({@link PreAnalysis}). On a full
 * distribution, {@code leadercoop.search.elasticsearch.folding=true} adds {@code asciifolding}.
 */
public final class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private final boolean folding;

    public ElasticsearchAnalysis(boolean folding) {
        this.folding = folding;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        for (String name : new String[] {Analyzers.ESTONIAN, Analyzers.POLISH, Analyzers.ENGLISH, Analyzers.FOLDED}) {
            if (folding) {
                context.analyzer(name).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
            } else {
                context.analyzer(name).type("standard");
            }
        }
    }
}
