package eu.leadercoop.search.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers {@link Analyzers} with the embedded Lucene backend. */
public final class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ESTONIAN).instance(Analyzers.estonian());
        context.analyzer(Analyzers.POLISH).instance(Analyzers.polish());
        context.analyzer(Analyzers.ENGLISH).instance(Analyzers.english());
        context.analyzer(Analyzers.FOLDED).instance(Analyzers.folded());
    }
}
