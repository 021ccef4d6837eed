package eu.leadercoop.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Our analysis done by LeaderCoop for an engine that cannot run it: a cluster has no Estonian light
 * stemmer, no Morfologik lemmas and (on a minimal node) not even folding. Text is analysed here with the
 * embedded index's own analysers and handed to the cluster as its terms, lower-case ASCII words separated
 * by spaces, which the cluster's {@code standard} analyser takes as they are; a query's words are
 * analysed here the same way. Stacked stems lose their position, so phrases are not matched this way
 * (they still match as typed). Thread-safe.
 */
public final class PreAnalysis {

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            Analyzers.ESTONIAN, Analyzers.estonian(), Analyzers.POLISH, Analyzers.polish(),
            Analyzers.ENGLISH, Analyzers.english(), Analyzers.FOLDED, Analyzers.folded());

    private PreAnalysis() {
    }

    /** The terms {@code analyzer} (a name of {@link Analyzers}) makes of {@code text}, each once, separated by spaces. */
    public static String terms(String analyzer, String text) {
        return String.join(" ", termSet(analyzer, text));
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, in order. */
    public static Set<String> termSet(String analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = ANALYZERS.get(analyzer).tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text held in memory", e);
        }
        return terms;
    }
}
