package eu.leadercoop.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of LeaderCoop's index, one per language plus two for names. Every chain folds
 * diacritics, so {@code koostookogu} finds {@code koostöökogu} and {@code dzialania} finds
 * {@code działania}; Estonian folds before stemming (its endings are plain letters), Polish after
 * (the dictionary needs the diacritics to recognise a word). A Polish word typed without its
 * diacritics is unknown to the dictionary and only guessed at ({@code wspolpraca}), so Polish keeps
 * each word's folded form beside its lemmas: the unaccented word then finds the word as written.
 * Estonian and English stem the folded word, so they need no such copy.
 */
public final class Analyzers {

    /** Analyzer names as the index mapping refers to them. */
    public static final String ESTONIAN = "et";
    public static final String POLISH = "pl";
    public static final String ENGLISH = "en";
    /** Any language, no stemming: lower case and folded diacritics. Names and the catch-all field. */
    public static final String FOLDED = "folded";

    /** The languages with their own analyzer; text in any other language is only folded. */
    public static final List<String> LANGUAGES = List.of(ESTONIAN, POLISH, ENGLISH);

    private Analyzers() {
    }

    /**
     * The base of every analyzer here: terms that are not analyzed (the {@code harj*} of a prefix
     * query) are still lower-cased and folded, so that {@code KOOSTÖÖ*} finds {@code koostöökogu}.
     */
    private abstract static class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new FoldingFilter(new LowerCaseFilter(in));
        }
    }

    public static Analyzer estonian() {
        return chain(s -> {
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EstonianAnalyzer.getDefaultStopSet());
            s = new FoldingFilter(s);
            return new StemVariantsFilter(s, Analyzers::estonianStems);
        });
    }

    public static Analyzer polish() {
        return chain(s -> {
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, PolishAnalyzer.getDefaultStopSet());
            s = new StemVariantsFilter(s, new PolishStems()::of, true);
            return new FoldingFilter(s);
        });
    }

    public static Analyzer english() {
        return chain(s -> {
            s = new EnglishPossessiveFilter(s);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new FoldingFilter(s);
            return new PorterStemFilter(s);
        });
    }

    public static Analyzer folded() {
        return chain(s -> new FoldingFilter(new LowerCaseFilter(s)));
    }

    /** The standard tokenizer followed by {@code filters}, built anew for each thread that analyses. */
    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    private static List<String> estonianStems(String word) {
        List<String> stems = new ArrayList<>(2);
        stems.add(EstonianLightStemmer.stem(word));
        String alternative = EstonianLightStemmer.alternative(word);
        if (alternative != null) {
            stems.add(alternative);
        }
        return stems;
    }
}
